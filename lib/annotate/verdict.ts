import type { Link } from './schema';

/** What another outlet's sentence says against the page's: a conflict, a different detail, or agreement. */
export type Verdict = 'conflict' | 'differs' | 'agrees';

export function verdictOf(link: Pick<Link, 'differences'>): Verdict {
  if (link.differences.some((d) => d.severity === 'conflict')) return 'conflict';
  return link.differences.length > 0 ? 'differs' : 'agrees';
}
