import type { Quantity } from './quantities';

/**
 * From this figure up, two counts of things meet whatever noun each counts: outlets name what they
 * count in their own words ("2,207 structures" / "about 2,200 buildings", "attendance was 88,966" / "a
 * crowd of more than 88,000", "136 flats" / "136 apartments"), and a figure in the hundreds is seldom
 * two facts of one story. Below it ("35 goals", "20 homes") the noun must be the same. It is the floor
 * of a distinctive figure (lib/match/figures.ts MIN_DISTINCTIVE_WHOLE): smaller counts are ages,
 * scores and days, which one story repeats for other things (tests/corpus/TUNING.md has the figures).
 */
export const MIN_FIGURE_ANY_NOUN = 100;

/** A count of things or people (not money, a measure, a percentage or points) of at least MIN_FIGURE_ANY_NOUN. */
export function countsOfThings(q: Pick<Quantity, 'counted' | 'value'>): boolean {
  return /^\p{L}+$/u.test(q.counted) && q.counted !== 'percent' && q.counted !== 'points' && (q.value ?? 0) >= MIN_FIGURE_ANY_NOUN;
}
