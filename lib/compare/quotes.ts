import type { Claim } from '../claims/schema';
import { quoteWords } from '../claims/quotes';
import type { Difference } from './difference';

/**
 * Two quotations are the same quotation when this share of the shorter one's words appear in the
 * other ("is likely to incentivize future high-profile attacks…" / "probably incentivize future
 * high-profile attacks…" share 8 of 10).
 */
const SAME_QUOTATION_OVERLAP = 0.5;

function contiguous(inner: string[], outer: string[]): boolean {
  return outer.join(' ').includes(inner.join(' '));
}

/**
 * The words inside quotation marks compared. Quoting a shorter excerpt of the same words is not a
 * difference; different words for the same quotation is a conflict, since only one can be verbatim.
 */
export function compareQuotes(here: Claim, there: Claim): Difference[] {
  const out: Difference[] = [];
  for (const a of here.quotes) {
    const wa = quoteWords(a.text);
    for (const b of there.quotes) {
      const wb = quoteWords(b.text);
      const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
      const longSet = new Set(long);
      const overlap = short.filter((w) => longSet.has(w)).length / Math.max(1, short.length);
      if (overlap < SAME_QUOTATION_OVERLAP) continue;
      if (!contiguous(short, long)) {
        out.push({ kind: 'quote', severity: 'conflict', here: `“${a.text}”`, there: `“${b.text}”` });
      }
      break;
    }
  }
  return out;
}
