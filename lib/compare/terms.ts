import type { Claim } from '../claims/schema';
import { NONE, type Difference } from './difference';

/** A key term swapped for one of another meaning (bounties → fines): what was paid is no longer the same. */
export function compareTerms(here: Claim, there: Claim): readonly Difference[] {
  if (here.terms.length === 0) return NONE;
  const out: Difference[] = [];
  for (const a of here.terms) {
    if (there.terms.some((b) => b.field === a.field && b.term === a.term)) continue;
    const b = there.terms.find((x) => x.field === a.field && !here.terms.some((y) => y.term === x.term));
    if (b) out.push({ kind: 'term', severity: 'conflict', here: a.text, there: b.text });
  }
  return out;
}
