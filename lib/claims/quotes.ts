import { blankSpans } from '../text/blank-spans';
export interface QuoteSpan {
  /** The words inside the quotation marks. */
  text: string;
  start: number;
  end: number;
}

/**
 * A quotation is at least this many words; shorter quoted spans are scare quotes ("plan", "fake",
 * “bonuses”) that name a word rather than report what someone said.
 */
const MIN_QUOTE_WORDS = 3;

/**
 * “…”, "…", an unclosed “… that runs to the end, and a closing ” with no opening mark before it: a
 * quotation opened in an earlier sentence that this one finishes (“They have tried… to hide it,” they added).
 * Then the marks of other typographies, as translated and European outlets print them: „…“ and „…”
 * (German, Polish), «…» (French, Spanish, Italian), »…« (German), and single quotes, British style:
 * ‘…’ and '…', where an apostrophe inside a word ("We’re", "it's") does not close the quotation.
 */
const QUOTED = /^([^“”"„«»]+)”|“([^“”]+)”|"([^"]+)"|“([^“”]+)$|„([^“”„]+)[“”]|«\s?([^«»]+?)\s?»|»([^«»]+)«|(?<![\p{L}\d])‘((?:[^‘’]|’(?=\p{L}))+)’(?![\p{L}])|(?<![\p{L}\d'])'((?:[^'\n]|'(?=\p{L}))+)'(?![\p{L}])/gu;

/** Quotations in a sentence (double quotes, curly or straight; an unclosed one runs to the end, an unopened one from the start). */
export function findQuotes(text: string): QuoteSpan[] {
  return quotedSpans(text, (words) => words >= MIN_QUOTE_WORDS);
}

/**
 * The quoted spans under MIN_QUOTE_WORDS ("heroes", “thorough review”): scare quotes, or a word or
 * two an outlet took from a statement another outlet quotes whole. Not claims' quotations; the
 * comparison reads them against the other side's quotations (lib/compare/quotes.ts).
 */
export function findQuotedWords(text: string): QuoteSpan[] {
  return quotedSpans(text, (words) => words < MIN_QUOTE_WORDS);
}

/** A straight double quote that closes (after a word or a mark, before a space, a mark or the end), not one that opens. */
const CLOSING_STRAIGHT = /[\p{L}\d.,!?;:…’')]$/u;

/**
 * A straight quotation mark left unpaired in the sentence: a quotation of several sentences cut by
 * the sentence split ('…asking, "How many of you?' / 'Thirteen?' / 'Brilliant."'). Where it closes a
 * quotation opened before the sentence, the text before it is quoted; else the text after it, to the
 * end. Curly marks say which way they face and are read by QUOTED.
 */
function unpairedStraight(text: string): { from: number; to: number; rest: [number, number] } | null {
  let count = 0;
  for (const ch of text) if (ch === '"') count++;
  if (count % 2 === 0) return null;
  const first = text.indexOf('"');
  if (first > 0 && CLOSING_STRAIGHT.test(text.slice(0, first)) && /^(?:$|[\s,.;:!?)\]—–-])/.test(text.slice(first + 1))) return { from: 0, to: first, rest: [first + 1, text.length] };
  const last = text.lastIndexOf('"');
  return { from: last + 1, to: text.length, rest: [0, last] };
}

function quotedSpans(text: string, keep: (words: number) => boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const push = (inner: string, at: number): void => {
    const trimmed = inner.trim().replace(/[\s.,]+$/, '');
    if (!trimmed || !keep(trimmed.split(/\s+/).length)) return;
    const start = at + inner.indexOf(trimmed);
    out.push({ text: trimmed, start, end: start + trimmed.length });
  };
  const odd = unpairedStraight(text);
  // The paired marks are read in the rest of the sentence; the unpaired one's quotation is added after.
  const [restFrom, restTo] = odd?.rest ?? [0, text.length];
  const rest = text.slice(restFrom, restTo);
  for (const m of rest.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? '';
    push(inner, restFrom + (m.index ?? 0) + m[0].indexOf(inner));
  }
  if (odd && !/[“”„«»]/.test(text.slice(odd.from, odd.to))) push(text.slice(odd.from, odd.to), odd.from);
  return out.sort((a, b) => a.start - b.start);
}

/** Quoted words normalised for comparison: case, "U.S."/"US" and punctuation do not count. */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\bu\.s\.(?=\s|$)/g, 'us')
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}

/** Text with the quotations removed, so hedges inside a quotation are not read as the outlet's own. */
export function withoutQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  return blankSpans(text, quotes);
}
