import { extractClaims } from '../claims/extract';
import type { Claim } from '../claims/schema';
import type { Article } from '../seeds/metadata';
import { createMatcher, matchClaims } from '../match/matcher';
import { INDEX_VERSION, type Index } from './schema';

/** When an article has no date, relative dates resolve against this (the seeds' story, August 2020). */
export const FALLBACK_REFERENCE_DATE = '2020-08-17';

export function referenceDate(date: string | undefined): Date {
  return new Date(`${date ?? FALLBACK_REFERENCE_DATE}T00:00:00Z`);
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  return r;
}

/**
 * Links the index's claims across sources (by the same matching a page gets) and groups them into
 * facts: linked claims share a fact id, named after the group's first claim so ids are stable.
 */
function linkIndex(index: Omit<Index, 'facts' | 'neighbors'>): Pick<Index, 'facts' | 'neighbors'> {
  const full: Index = { ...index, facts: index.claims.map((c) => c.id), neighbors: index.claims.map(() => []) };
  const m = createMatcher(full);
  const parent = index.claims.map((_, i) => i);
  // Each article is matched as a page is: its claims in reading order (index claims are grouped by source, in order).
  const neighbors: number[][] = index.claims.map(() => []);
  const bySource = new Map<string, number[]>();
  index.claims.forEach((c, i) => {
    const list = bySource.get(c.sourceId);
    if (list) list.push(i);
    else bySource.set(c.sourceId, [i]);
  });
  for (const [sourceId, at] of bySource) {
    const links = matchClaims(m, at.map((i) => index.claims[i] as Claim), new Set([sourceId]));
    at.forEach((i, k) => (neighbors[i] = (links[k] ?? []).map((x) => x.at)));
  }
  index.claims.forEach((_, i) => {
    for (const at of neighbors[i] ?? []) {
      const a = find(parent, i);
      const b = find(parent, at);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  return { facts: index.claims.map((_, i) => `fact:${index.claims[find(parent, i)]?.id ?? i}`), neighbors };
}

/**
 * Builds the claim index from articles. Deterministic: the same articles give a byte-identical
 * index (sorted sources, no timestamps).
 */
export function buildIndex(articles: readonly Article[], generator: string): Index {
  const sorted = [...articles].sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set<string>();
  for (const a of sorted) {
    if (ids.has(a.id)) throw new Error(`${a.id}: two articles share this id`);
    ids.add(a.id);
  }
  const sources = sorted.map((a) => ({ id: a.id, ...a.meta, length: a.text.length }));
  const claims = sorted.flatMap((a) => extractClaims(a.text, a.id, referenceDate(a.meta.date)));
  const partial = { version: INDEX_VERSION, generator, sources, claims } as const;
  return { ...partial, ...linkIndex(partial) };
}
