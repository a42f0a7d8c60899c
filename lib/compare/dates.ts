import type { Claim } from '../claims/schema';
import { OPEN_START } from '../claims/dates';
import { NONE, type Difference } from './difference';

type DateRef = Claim['dates'][number];

/** Dates written alike ("Today" / "today") read against two articles' dates are each outlet's own day, not two days for one event. */
const norm = (t: string) => t.trim().toLowerCase();
/** Granularities precise enough for two disjoint dates of one event to contradict each other. */
const DAYS = new Set(['day', 'part']);
const overlaps = (a: DateRef, b: DateRef) => a.from <= b.to && b.from <= a.to;
/** The same days, and both or neither leave the year for the reader to infer ("in March" / "In March 2021" differ in precision). */
const same = (a: DateRef, b: DateRef) => a.from === b.from && a.to === b.to && a.yearImplied === b.yearImplied;

/**
 * Dates compared. Overlapping dates of different precision ("October 3" / "October 2021", "in
 * March" / "by March", "in March" / "In March 2021") are a detail. Disjoint dates are a conflict only when each sentence has exactly one date: with more, we
 * cannot tell which date belongs to which event, and a wrong conflict costs the reader's trust.
 */
export function compareDates(here: Claim, there: Claim): readonly Difference[] {
  // Most pairs of sentences name no date or gap on one side: nothing to compare, nothing to allocate.
  const hd = here.dates;
  const td = there.dates;
  if ((hd.length === 0 || td.length === 0) && (here.relativeTimes.length === 0 || there.relativeTimes.length === 0)) return NONE;
  const out: Difference[] = [];
  const used = new Set<number>();
  let unmatched = 0;
  for (const a of hd) {
    let j = -1;
    for (let k = 0; k < td.length; k++) {
      if (!used.has(k) && overlaps(a, td[k] as DateRef)) {
        j = k;
        break;
      }
    }
    const b = td[j];
    if (j < 0 || !b) {
      unmatched++;
      continue;
    }
    used.add(j);
    if (!same(a, b)) out.push({ kind: 'date', severity: 'detail', here: a.text, there: b.text });
  }
  const gap = compareRelativeTimes(here, there);
  if (gap) out.push(gap);
  const a = hd[0];
  const b = td[0];
  // A day and a year or month that miss each other are most often two events' dates ("since 1994" /
  // "yesterday"); two days that differ ("Tuesday" / "Wednesday") are the same event told two ways.
  // A sentence that also places an event relative to another ("on Thursday, two days after the levee
  // broke") dates two events: which of them the other sentence dates cannot be told, so no conflict.
  const twoEvents = here.relativeTimes.length > 0 || there.relativeTimes.length > 0;
  if (!twoEvents && hd.length === 1 && td.length === 1 && a && b && unmatched === 1 && DAYS.has(a.granularity) && DAYS.has(b.granularity) && a.from !== OPEN_START && b.from !== OPEN_START && norm(a.text) !== norm(b.text)) {
    out.push({ kind: 'date', severity: 'conflict', here: a.text, there: b.text });
  }
  return out;
}

/**
 * Gaps between events compared ("three weeks after" / "less than a month after"): a detail when both
 * can be true, a conflict when two stated gaps cannot overlap ("two weeks" / "three months").
 */
function compareRelativeTimes(here: Claim, there: Claim): Difference | null {
  const a = here.relativeTimes[0];
  const b = there.relativeTimes[0];
  if (!a || !b || (a.minDays === b.minDays && a.maxDays === b.maxDays)) return null;
  const overlap = a.minDays <= b.maxDays && b.minDays <= a.maxDays;
  return { kind: 'date', severity: overlap || a.vague || b.vague ? 'detail' : 'conflict', here: a.text, there: b.text };
}
