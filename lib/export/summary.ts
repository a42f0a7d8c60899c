import type { SentenceAnnotation } from '../annotate/schema';
import type { Difference } from '../compare/difference';
import { outletCount } from '../annotate/outlet-count';
import { verdictOf } from '../annotate/verdict';
import { changedBetweenReports, dated, reportGap } from '../annotate/report-dates';

const KIND_WORDS: Record<Difference['kind'], string> = {
  number: 'Number',
  date: 'Date',
  actor: 'Who acted',
  order: 'Order of events',
  quote: 'Quotation',
  term: 'Key term',
  certainty: 'Certainty',
};

/** Publication dates (YYYY-MM-DD) of the page (`here`) and of the other outlet's article (`there`), when known. */
export interface ReportDates {
  here?: string | undefined;
  there?: string | undefined;
}

/**
 * One difference in plain words: "Number differs — here: more than 70; Outlet B: more than 75".
 * A number or date difference between reports published at least a day apart names both dates and
 * says how far apart they are; a conflicting one is called a change between reports, not a conflict
 * ("Number changed between reports — here (Aug 10): 53; Outlet B (Aug 12): 89 — reported 2 days apart").
 */
export function describeDifference(d: Difference, outlet: string, dates: ReportDates = {}): string {
  const gap = d.kind === 'number' || d.kind === 'date' ? reportGap(dates.here, dates.there) : null;
  if (gap === null) {
    const verb = d.severity === 'conflict' ? 'conflicts' : 'differs';
    return `${KIND_WORDS[d.kind]} ${verb} — here: ${d.here}; ${outlet}: ${d.there}`;
  }
  const verb = changedBetweenReports(d, dates.here, dates.there) ? 'changed between reports' : 'differs';
  const withYear = dates.here?.slice(0, 4) !== dates.there?.slice(0, 4);
  return `${KIND_WORDS[d.kind]} ${verb} — ${dated('here', dates.here, withYear)}: ${d.here}; ${dated(outlet, dates.there, withYear)}: ${d.there} — reported ${gap} day${gap === 1 ? '' : 's'} apart`;
}

/** One line for people: how many outlets report the fact and how many disagree (an outlet linked twice counts once, as in the marker and the popup). */
export function summarize(a: SentenceAnnotation): string {
  const n = outletCount(a.links);
  const conflicting = a.links.filter((l) => verdictOf(l) === 'conflict');
  const names = [...new Set(conflicting.map((l) => l.outlet))];
  const outlets = `${n} other outlet${n === 1 ? '' : 's'}`;
  if (conflicting.length === 0) return `Reported by ${outlets}; no conflicting detail.`;
  const kinds = [...new Set(conflicting.flatMap((l) => l.differences.filter((d) => d.severity === 'conflict').map((d) => d.kind)))];
  return `Reported by ${outlets}; ${names.length} conflict${names.length === 1 ? '' : 's'} (${kinds.join(', ')}): ${names.join(', ')}.`;
}
