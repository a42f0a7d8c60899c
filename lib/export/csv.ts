import type { PageAnnotations } from '../annotate/schema';
import { describeDifference } from './summary';

/**
 * One CSV cell. A cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe; quotes are doubled.
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = ['annotation_id', 'status', 'page_url', 'sentence', 'start', 'end', 'outlet', 'source_id', 'fact', 'relation', 'other_sentence', 'conflicts', 'details'];

/** One row per link between a page sentence and another outlet's sentence. */
export function toCsv(page: PageAnnotations): string {
  const rows = [HEADER];
  for (const a of page.annotations) {
    for (const l of a.links) {
      const bySeverity = (sev: string) => l.differences.filter((d) => d.severity === sev).map((d) => describeDifference(d, l.outlet)).join(' | ');
      rows.push([a.id, a.status, page.url, a.text, String(a.start), String(a.end), l.outlet, l.sourceId, l.fact, l.relation, l.text, bySeverity('conflict'), bySeverity('detail')]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
