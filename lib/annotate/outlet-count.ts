import type { Link } from './schema';

/**
 * How many other outlets a sentence's links come from. An outlet that states the fact twice (its
 * headline and its body) has two links but is one outlet to the reader.
 */
export function outletCount(links: readonly Pick<Link, 'sourceId'>[]): number {
  return new Set(links.map((l) => l.sourceId)).size;
}

/** How many of those outlets tell the fact differently in at least one of their sentences. */
export function differingOutletCount(links: readonly Pick<Link, 'sourceId' | 'relation'>[]): number {
  return outletCount(links.filter((l) => l.relation === 'differs'));
}
