import { stemmer } from 'stemmer';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, with curly apostrophes and possessive "’s" removed. */
  lower: string;
  start: number;
  end: number;
}


/** Words with offsets. Keeps "U.S.", "half-a-dozen", "rebel-linked" and "100,000" whole. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\$?\d[\d,]*(?:\.\d+)?|[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*\.?/gu)) {
    let word = m[0];
    // Keep the dot only on initialisms ("U.S."), not on a sentence-final word.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    const start = m.index ?? 0;
    const lower = word.toLowerCase();
    out.push({
      text: word,
      // Most words hold no apostrophe: the two replacements only where one is.
      lower: lower.includes("'") || lower.includes('’') ? lower.replace(/[’']s$/, '').replace(/’/g, "'") : lower,
      start,
      end: start + word.length,
    });
  }
  return out;
}

/** Porter stem of a lower-cased word. */
export function stem(word: string): string {
  return stemmer(word);
}
