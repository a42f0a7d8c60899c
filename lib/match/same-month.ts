import type { Claim } from '../claims/schema';

/**
 * Added to the score of two claims that pass the gates and both date something to the same calendar
 * month ("in late March" / "In March 2021"; "in June" / "in late June"). Dates are not features (a
 * shared "October 3" alone says nothing), but two sentences that already share the words of a fact
 * and also place it in the same month more likely state that one fact. A bonus, not a feature: a date
 * in one sentence only must not lower the score of a pair (as a listed month feature it did, and
 * links were lost). The value is small: enough to lift a pair that is just below the link threshold
 * ("in late March, officials said…" / "In March 2021, the council decided…"), too small to link
 * sentences that share little but a month (larger values added wrong links on the gold).
 */
export const SAME_MONTH_BONUS = 0.06;

/** The calendar months (YYYY-MM) a claim dates something to, each date within one month; sorted, unique. */
export function monthsOf(c: Claim): string[] {
  const out = new Set<string>();
  for (const d of c.dates) {
    const month = d.from.slice(0, 7);
    if (month === d.to.slice(0, 7)) out.add(month);
  }
  return [...out].sort();
}

/** True when the two month lists share a month. */
function shareMonth(a: readonly string[], b: readonly string[]): boolean {
  return a.some((m) => b.includes(m));
}

/** A score with the same-month bonus when the claims earned one (a score of 0 failed the gates and stays 0). */
export function withMonthBonus(score: number, a: readonly string[], b: readonly string[]): number {
  return score > 0 && shareMonth(a, b) ? score + SAME_MONTH_BONUS : score;
}
