import type { Quantity } from './quantities';

/**
 * From this figure up, two counts of things meet whatever noun each counts: outlets name what they
 * count in their own words ("2,207 structures" / "about 2,200 buildings", "attendance was 88,966" / "a
 * crowd of more than 88,000", "11,000 workers" / "more than 11,000 jobs"), and a figure in the
 * thousands is seldom two facts of one story. Below it ("35 goals", "120 homes") the noun must be the
 * same. On the tuned stories any value from 300 to 2,000 gives the same figure links
 * (tests/corpus/TUNING.md).
 */
export const MIN_FIGURE_ANY_NOUN = 1000;

/** A count of things or people (not money, a measure, a percentage or points) of at least MIN_FIGURE_ANY_NOUN. */
export function countsOfThings(q: Pick<Quantity, 'counted' | 'value'>): boolean {
  return /^\p{L}+$/u.test(q.counted) && q.counted !== 'percent' && q.counted !== 'points' && (q.value ?? 0) >= MIN_FIGURE_ANY_NOUN;
}
