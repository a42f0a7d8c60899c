import { findQuotes, withoutQuotes } from '../claims/quotes';
import type { Claim } from '../claims/schema';
import { oncePer } from '../memo';
import { antonymsOf } from '../text/concepts';
import { contentWords, type ContentWord } from '../text/content-words';
import { NONE, type Difference } from './difference';

/** A claim's content words outside quotations (a quoted word is the speaker's, compared by quotes.ts), read once per claim. */
const wordsOf = oncePer((c: Claim): ContentWord[] => contentWords(withoutQuotes(c.text, findQuotes(c.text))));

/**
 * A key term swapped for one of another meaning. Two ways to see one, both from the two sentences
 * alone:
 * - an opposite: a word on one side whose WordNet antonym stands on the other ("rose" / "fell",
 *   "increase" / "decrease"), neither side having both: a conflict;
 * - a substitution: one word in a slot both sentences share, between the same two neighbours, that
 *   the other side fills with another word ("raised its benchmark interest rate" / "raised its
 *   benchmark interest tax"; "the lander touched down" / "the landing gear touched down"). Synonyms
 *   share a concept and never differ here, but a paraphrase the lexicon does not know can: a detail,
 *   shown to the reader without calling the outlets contradictory.
 */
/** Edit distance of two short words, at most `cap` (cheaper than the full distance). */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}
/** Irregular forms of one word: same first letter and at most two letters apart ("paid"/"pays", "fell"/"fall", "rose"/"rise"). */
const formsOfOneWord = (a: string, b: string) => a[0] === b[0] && distance(a, b, 2) <= 2;

export function compareTerms(here: Claim, there: Claim): readonly Difference[] {
  const a = wordsOf(here);
  const b = wordsOf(there);
  if (a.length === 0 || b.length === 0) return NONE;
  const inA = new Set(a.map((w) => w.concept));
  const inB = new Set(b.map((w) => w.concept));
  const out: Difference[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < a.length; i++) {
    const w = a[i] as ContentWord;
    if (inB.has(w.concept)) continue;
    const opposite = antonymsOf(w.concept).find((x) => inB.has(x) && !inA.has(x));
    if (!opposite) continue;
    // Opposites of the same thing: a neighbour in common ("shares rose" / "shares fell"), not "profit fell" beside "shares rising".
    const j = b.findIndex((x) => x.concept === opposite);
    const v = b[j] as ContentWord;
    const near = (xs: ContentWord[], k: number) => [xs[k - 1]?.concept, xs[k + 1]?.concept].filter(Boolean);
    if (!near(a, i).some((c) => near(b, j).includes(c))) continue;
    reported.add(w.concept);
    out.push({ kind: 'term', severity: 'conflict', here: w.word, there: v.word });
  }
  for (let i = 1; i + 1 < a.length; i++) {
    const w = a[i] as ContentWord;
    if (inB.has(w.concept) || reported.has(w.concept)) continue;
    const left = (a[i - 1] as ContentWord).concept;
    const right = (a[i + 1] as ContentWord).concept;
    for (let j = 1; j + 1 < b.length; j++) {
      const v = b[j] as ContentWord;
      if (inA.has(v.concept) || (b[j - 1] as ContentWord).concept !== left || (b[j + 1] as ContentWord).concept !== right) continue;
      // Two forms of one word the stemmer does not join ("paid"/"pays", "rose"/"rise") are no swap.
      if (formsOfOneWord(w.word, v.word)) break;
      out.push({ kind: 'term', severity: 'detail', here: w.word, there: v.word });
      break;
    }
  }
  return out.length ? out : NONE;
}
