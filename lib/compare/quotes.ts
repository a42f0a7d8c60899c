import type { Claim } from '../claims/schema';
import { quoteWords } from '../claims/quotes';
import { oncePer } from '../memo';
import { STOPWORDS } from '../text/stopwords';
import { NONE, type Difference } from './difference';

/**
 * Two quotations are the same quotation when this share of the shorter one's words appear in the
 * other ("is likely to incentivize future high-profile attacks…" / "probably incentivize future
 * high-profile attacks…" share 8 of 10).
 */
const SAME_QUOTATION_OVERLAP = 0.5;

type QuoteSpan = Claim['quotes'][number];

/** A quotation's words, as a list, a set and joined by spaces. */
interface QuoteWords {
  list: string[];
  set: Set<string>;
  joined: string;
}

/**
 * Words per quotation, read once: an index sentence's quotation is compared with every page sentence
 * linked to it (thousands of links against a large index), and claims are never changed once read.
 */
const wordsOf = oncePer((q: QuoteSpan): QuoteWords => {
  const list = quoteWords(q.text);
  return { list, set: new Set(list), joined: list.join(' ') };
});

/** How many of `short`'s words (with repeats) are among `long`'s, and of how many: function words ("to", "the") are left out, or any two quotations would share half their words. */
function sharedWords(short: QuoteWords, long: QuoteWords): { shared: number; short: number; long: number } {
  let n = 0;
  let ns = 0;
  for (const w of short.list) {
    if (STOPWORDS.has(w)) continue;
    ns++;
    if (long.set.has(w)) n++;
  }
  let nl = 0;
  for (const w of long.list) if (!STOPWORDS.has(w)) nl++;
  return { shared: n, short: ns, long: nl };
}

/**
 * The words inside quotation marks compared. Quoting a shorter excerpt of the same words is not a
 * difference; different words for the same quotation is a conflict, since only one can be verbatim.
 */
export function compareQuotes(here: Claim, there: Claim): readonly Difference[] {
  if (here.quotes.length === 0 || there.quotes.length === 0) return NONE;
  const out: Difference[] = [];
  for (const a of here.quotes) {
    const wa = wordsOf(a);
    for (const b of there.quotes) {
      const wb = wordsOf(b);
      const [short, long] = wa.list.length <= wb.list.length ? [wa, wb] : [wb, wa];
      // The shorter one's words in a row inside the longer one's: an excerpt, not other words.
      if (long.joined.includes(short.joined)) break;
      // Other words: the same quotation only when most words of each are the other's ("I got this
      // wrong, and I take responsibility" is not "I want to take responsibility for these decisions").
      const c = sharedWords(short, long);
      if (c.shared / Math.max(1, c.short) < SAME_QUOTATION_OVERLAP || c.shared / Math.max(1, c.long) < SAME_QUOTATION_OVERLAP) continue;
      {
        out.push({ kind: 'quote', severity: 'conflict', here: `“${a.text}”`, there: `“${b.text}”` });
      }
      break;
    }
  }
  return out;
}
