import type { Claim } from '../claims/schema';
import { compareActors } from './actors';
import { compareCertainty } from './certainty';
import { compareDates } from './dates';
import type { Difference } from './difference';
import { compareNumbers } from './numbers';
import { compareOrder } from './order';
import { compareQuotes } from './quotes';
import { compareTerms } from './terms';

/**
 * Every difference between two aligned claims, conflicts first, each group in the order found (a stable
 * partition, not a sort: a page compares thousands of links against a large index).
 */
export function compareClaims(here: Claim, there: Claim): Difference[] {
  const conflicts: Difference[] = [];
  const details: Difference[] = [];
  for (const found of [
    compareNumbers(here, there),
    compareDates(here, there),
    compareActors(here, there),
    compareOrder(here, there),
    compareQuotes(here, there),
    compareTerms(here, there),
    compareCertainty(here, there),
  ]) {
    for (const d of found) (d.severity === 'conflict' ? conflicts : details).push(d);
  }
  return conflicts.length === 0 ? details : details.length === 0 ? conflicts : [...conflicts, ...details];
}
