import type { Difference } from '../compare/difference';
import { isToldRelatively } from '../claims/dates';

/**
 * When each report was published, for people: outlets named with their dates, and differences between
 * reports published days apart told as a change between reports rather than a contradiction.
 * Dates are YYYY-MM-DD (the index's and the page's); anything else counts as undated.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string | undefined): { y: number; m: number; d: number } | null {
  const m = date ? DAY.exec(date) : null;
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { y: Number(m[1]), m: month, d: Number(m[3]) };
}

/** "Aug 10" (and ", 2020" when `withYear`); undefined for a missing or unreadable date. Locale-independent. */
export function shortDate(date: string | undefined, withYear = false): string | undefined {
  const p = parts(date);
  if (!p) return undefined;
  return `${MONTHS[p.m - 1]} ${p.d}${withYear ? `, ${p.y}` : ''}`;
}

/** Whole days from `a` to `b` (positive when `b` is later); null unless both are dates. */
export function daysBetween(a: string | undefined, b: string | undefined): number | null {
  const x = parts(a);
  const y = parts(b);
  if (!x || !y) return null;
  return Math.round((Date.UTC(y.y, y.m - 1, y.d) - Date.UTC(x.y, x.m - 1, x.d)) / 86_400_000);
}

/** Days between two reports when both are dated and at least a day apart, else null. */
export function reportGap(here: string | undefined, there: string | undefined): number | null {
  const n = daysBetween(here, there);
  return n === null || n === 0 ? null : Math.abs(n);
}

/** Kinds of difference that a later report can revise: a toll raised, a date corrected. */
const REVISABLE: ReadonlySet<Difference['kind']> = new Set(['number', 'date']);

/**
 * A conflicting figure or date between reports published at least a day apart: told as "changed
 * between reports", not as a contradiction. Its severity stays `conflict` (see isChangeBetweenReports).
 */
export function changedBetweenReports(d: Difference, here: string | undefined, there: string | undefined): boolean {
  return d.severity === 'conflict' && REVISABLE.has(d.kind) && reportGap(here, there) !== null;
}

/**
 * Whether every conflict of a link is a figure or date that changed between reports days apart: the
 * outlet is then labelled "Changed between reports" instead of "Conflicts".
 *
 * Severity stays `conflict`, and with it the amber badge and the `disputed` status: the dates explain
 * why two reports differ, they do not settle which figure is right now. The page being read may be the
 * out-of-date one (a toll revised upward since), and that is exactly what the reader must notice; only
 * the words stop accusing either outlet of contradicting the other.
 */
export function isChangeBetweenReports(link: { differences: readonly Difference[]; date?: string | undefined }, pageDate: string | undefined): boolean {
  const conflicts = link.differences.filter((d) => d.severity === 'conflict');
  return conflicts.length > 0 && conflicts.every((d) => changedBetweenReports(d, pageDate, link.date));
}


/**
 * Reports this many days apart or more read a weekday from two windows of seven days that barely
 * overlap ("on Tuesday" in a report of the 24th and one of the 16th): which day each meant is a guess.
 * On the tuned stories 6 removed 4 false alarms for 1 true date conflict told as a detail; 2 removed 6
 * for 3, 4 removed 4 for 2 (tests/corpus/TUNING.md).
 */
export const RELATIVE_DAY_REPORT_GAP = 6;

/**
 * Two dates of which one is told relative to its report ("on Tuesday", "last Sunday"), in reports
 * published RELATIVE_DAY_REPORT_GAP days apart or more: which Tuesday a report written a week later
 * meant is read from its date, and two such readings missing each other is a guess, not a
 * contradiction. Such a conflict is told as a detail; from reports a day apart or the same day
 * ("Wednesday" / "Thursday" for one event) it stays a conflict.
 */
export function softenRelativeDays(differences: Difference[], here: string | undefined, there: string | undefined): Difference[] {
  const gap = reportGap(here, there);
  if (gap === null || gap < RELATIVE_DAY_REPORT_GAP) return differences;
  let out = differences;
  differences.forEach((d, i) => {
    if (d.kind !== 'date' || d.severity !== 'conflict' || !(isToldRelatively(d.here) || isToldRelatively(d.there))) return;
    if (out === differences) out = differences.slice();
    out[i] = { ...d, severity: 'detail' };
  });
  return out;
}

/** An outlet's name with its date when known: "Outlet B (Aug 12)". */
export function dated(name: string, date: string | undefined, withYear = false): string {
  const when = shortDate(date, withYear);
  return when ? `${name} (${when})` : name;
}

/** Only web addresses become links: an index or imported corpus could hold a `javascript:` URL. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
