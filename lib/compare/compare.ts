import type { Claim } from '../claims/schema';
import { compareActors } from './actors';
import { compareCertainty } from './certainty';
import { compareDates } from './dates';
import { compareGapWithSpan } from './gap-spans';
import type { Difference } from './difference';
import { compareNumbers } from './numbers';
import { compareOrder } from './order';
import { compareQuotes } from './quotes';
import { compareTerms } from './terms';

const COMPARISONS = [compareNumbers, compareGapWithSpan, compareDates, compareActors, compareOrder, compareQuotes, compareTerms, compareCertainty] as const;

/**
 * Every difference between two aligned claims, conflicts first, each group in the order found (a stable
 * partition, not a sort, and no array made for a group with nothing in it: a page compares thousands
 * of links against a large index, and most find nothing).
 */
export function compareClaims(here: Claim, there: Claim): Difference[] {
  let conflicts: Difference[] | null = null;
  let details: Difference[] | null = null;
  // Indexed loops: for…of allocated an iterator result per step here (2 MB per annotate of the 2k page against 10,000 articles).
  for (let c = 0; c < COMPARISONS.length; c++) {
    const found = (COMPARISONS[c] as (typeof COMPARISONS)[number])(here, there);
    for (let i = 0; i < found.length; i++) {
      const d = found[i] as Difference;
      if (d.severity === 'conflict') (conflicts ??= []).push(d);
      else (details ??= []).push(d);
    }
  }
  if (!conflicts) return details ?? [];
  return details ? conflicts.concat(details) : conflicts;
}
