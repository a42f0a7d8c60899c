/**
 * Calendar arithmetic in UTC days, shared by the readers of dates (dates.ts, time-ago.ts) and by
 * matching's same-story test: the length of a day, an instant's day as YYYY-MM-DD, and the Monday of
 * an article's week.
 */
export const DAY_MS = 86_400_000;

/** The UTC day of an instant (ms since 1970), as YYYY-MM-DD. */
export function isoAt(ms: number): string {
  const t = new Date(ms);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** Midnight UTC of the Monday of `ref`'s week (ms since 1970). */
export function mondayOf(ref: Date): number {
  return Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) - ((ref.getUTCDay() + 6) % 7) * DAY_MS;
}
