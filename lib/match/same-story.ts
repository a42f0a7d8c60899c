import type { Claim } from '../claims/schema';

/**
 * Two articles report one event when they speak of the same participants. A look-alike (another
 * earthquake reported by the same agency, another central bank's rise in the same week) shares the
 * vocabulary of the story and many of its kinds of sentence, but few of its names: the people,
 * organisations, places and states involved. So a source whose names overlap the page's too little is
 * not matched at all, however alike single sentences read.
 *
 * Overlap is the share of the smaller article's names that the other also names (a short broadcast
 * story names fewer than a broadsheet, and all of them are the story's).
 */
export const MIN_NAME_OVERLAP = 0.34;
/**
 * Pages naming fewer names than this are too short to judge (a two-sentence brief, a headline alone):
 * their sentences are matched on their own evidence.
 */
export const MIN_NAMES_TO_JUDGE = 4;

/** The names (entity ids) an article's claims speak of, each once. */
export function namesOf(claims: readonly Claim[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) for (const e of c.entities) out.add(e);
  return out;
}

/** Share of the smaller set's names that the other set also holds. */
export function nameOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const n of small) if (large.has(n)) shared++;
  return shared / small.size;
}

/** Sources that report another event than the page: they share too few of its names. */
export function otherStories(page: ReadonlySet<string>, sources: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const out = new Set<string>();
  if (page.size < MIN_NAMES_TO_JUDGE) return out;
  for (const [id, names] of sources) if (names.size >= MIN_NAMES_TO_JUDGE && nameOverlap(page, names) < MIN_NAME_OVERLAP) out.add(id);
  return out;
}
