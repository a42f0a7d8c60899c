import type { SentenceAnnotation } from '../annotate/schema';
import type { Difference } from '../compare/difference';
import { outletCount } from '../annotate/outlet-count';
import { verdictOf } from '../annotate/verdict';

const KIND_WORDS: Record<Difference['kind'], string> = {
  number: 'Number',
  date: 'Date',
  actor: 'Who acted',
  order: 'Order of events',
  quote: 'Quotation',
  term: 'Key term',
  certainty: 'Certainty',
};

/** One difference in plain words: "Number differs — here: more than 70; Outlet B: more than 75". */
export function describeDifference(d: Difference, outlet: string): string {
  const verb = d.severity === 'conflict' ? 'conflicts' : 'differs';
  return `${KIND_WORDS[d.kind]} ${verb} — here: ${d.here}; ${outlet}: ${d.there}`;
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
