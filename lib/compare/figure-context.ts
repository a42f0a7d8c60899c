import { contentWords } from '../text/content-words';

/** Words either side of a figure that say what it is a figure of ("inflation hit 8.6%", "a range of 1.5%"). */
export const CONTEXT_WORDS = 4;

/**
 * The concepts of the content words near a span of a sentence, within its clause (not across a comma,
 * semicolon or dash): what a percentage, an amount of money or a date stands for. Two figures of one
 * kind are compared only when they stand for the same thing; a sentence giving inflation and the
 * unemployment rate holds two percentages that are not two versions of one.
 */
export function contextOf(text: string, start: number, end: number): Set<string> {
  const left = text.slice(0, start);
  const from = Math.max(left.search(/[,;:—–(][^,;:—–(]*$/), 0);
  const rightCut = text.slice(end).search(/[,;:—–)]/);
  const to = rightCut < 0 ? text.length : end + rightCut;
  const before = contentWords(text.slice(from, start)).slice(-CONTEXT_WORDS);
  const after = contentWords(text.slice(end, to)).slice(0, CONTEXT_WORDS);
  return new Set([...before, ...after].map((w) => w.concept));
}

/** The two spans' contexts share a concept. */
export function sameContext(a: { text: string; start: number; end: number }, b: { text: string; start: number; end: number }): boolean {
  const ca = contextOf(a.text, a.start, a.end);
  for (const c of contextOf(b.text, b.start, b.end)) if (ca.has(c)) return true;
  return false;
}
