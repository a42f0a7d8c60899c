import type { Claim } from '../claims/schema';
import { compareActors } from './actors';
import { compareCertainty } from './certainty';
import { compareDates } from './dates';
import type { Difference } from './difference';
import { compareNumbers } from './numbers';
import { compareOrder } from './order';
import { compareQuotes } from './quotes';
import { compareTerms } from './terms';

/** Every difference between two aligned claims, conflicts first. */
export function compareClaims(here: Claim, there: Claim): Difference[] {
  const all = [
    ...compareNumbers(here, there),
    ...compareDates(here, there),
    ...compareActors(here, there),
    ...compareOrder(here, there),
    ...compareQuotes(here, there),
    ...compareTerms(here, there),
    ...compareCertainty(here, there),
  ];
  return all.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'conflict' ? -1 : 1));
}
