import type { Claim } from '../claims/schema';
import { claimFromStored, factId, type Index, type Source } from '../index/schema';
import type { CorpusRecord } from './schema';

/**
 * The index a page is matched against: the bundled index and the remembered articles chosen for the
 * page (lib/corpus/candidates.ts), in one pass. Sources sorted by id and claims grouped by source in
 * that order, as buildIndex leaves them. The links between claims come from the bundled index and from
 * each record's `links` (what its sentences were linked to when it was read: lib/corpus/records.ts),
 * in both directions and only between claims that are both here; facts are the groups those links
 * join. So corroboration and stories work among remembered articles without ever matching the whole
 * corpus again.
 */
export function assembleIndex(bundled: Index, records: readonly CorpusRecord[]): Index {
  if (records.length === 0) return bundled;
  const bundledIds = new Set(bundled.sources.map((s) => s.id));
  const bundledBlocks = new Map<string, number[]>();
  bundled.claims.forEach((c, i) => {
    const list = bundledBlocks.get(c.sourceId);
    if (list) list.push(i);
    else bundledBlocks.set(c.sourceId, [i]);
  });
  const fresh = records.filter((r, i) => !bundledIds.has(r.id) && records.findIndex((x) => x.id === r.id) === i);
  const recordSources: Source[] = fresh.map((r) => ({ id: r.id, outlet: r.outlet, title: r.title, language: 'en', url: r.url, ...(r.date ? { date: r.date } : {}), inferred: ['language'], length: r.text.length }));
  const byId = new Map(fresh.map((r) => [r.id, r]));
  const sources = [...bundled.sources, ...recordSources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const claims: Claim[] = [];
  /** Bundled position → new position. */
  const remap = new Int32Array(bundled.claims.length).fill(-1);
  /** Record claims' positions: [record, its claim index] per new position, for links. */
  const fromRecord: { r: CorpusRecord; k: number; at: number }[] = [];
  for (const s of sources) {
    const r = byId.get(s.id);
    if (!r) {
      for (const at of bundledBlocks.get(s.id) ?? []) {
        remap[at] = claims.length;
        claims.push(bundled.claims[at] as Claim);
      }
      continue;
    }
    r.claims.forEach((c, k) => {
      fromRecord.push({ r, k, at: claims.length });
      claims.push(claimFromStored(c, r.id));
    });
  }
  // Bundled claims of a source the bundled index does not list go last (never made by buildIndex).
  bundled.claims.forEach((c, at) => {
    if (remap[at] === -1) {
      remap[at] = claims.length;
      claims.push(c);
    }
  });

  const position = new Map(claims.map((c, i) => [c.id, i]));
  const neighbors: Set<number>[] = claims.map(() => new Set());
  const parent = Int32Array.from(claims, (_, i) => i);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) x = parent[x] as number;
    for (let y = i; parent[y] !== x; ) {
      const next = parent[y] as number;
      parent[y] = x;
      y = next;
    }
    return x;
  };
  const join = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  // The bundled index's own links and facts, renumbered.
  const rootOfFact = new Map<string, number>();
  bundled.claims.forEach((_, at) => {
    const here = remap[at] as number;
    for (const n of bundled.neighbors[at] ?? []) {
      const there = remap[n];
      if (there !== undefined && there >= 0) neighbors[here]?.add(there);
    }
    const fact = bundled.facts[at];
    if (fact === undefined) return;
    const first = rootOfFact.get(fact);
    if (first === undefined) rootOfFact.set(fact, here);
    else join(first, here);
  });
  // Each record's links, both ways, where the other claim is here too. A link names a sentence by its
  // article and place; an article remembered again after the link was made (an update, its sentences
  // renumbered) may hold another sentence there, so links to an article saved later than the linking
  // one are dropped.
  for (const { r, k, at } of fromRecord) {
    for (const id of r.links?.[k] ?? []) {
      const there = position.get(id);
      if (there === undefined || there === at) continue;
      const target = claims[there]?.sourceId;
      if (target === r.id) continue;
      const saved = target === undefined ? undefined : byId.get(target)?.savedAt;
      if (saved !== undefined && saved > r.savedAt) continue;
      neighbors[at]?.add(there);
      neighbors[there]?.add(at);
      join(at, there);
    }
  }
  return {
    version: bundled.version,
    generator: bundled.generator,
    sources,
    claims,
    facts: claims.map((_, i) => factId((claims[find(i)] as Claim).id)),
    neighbors: neighbors.map((set) => [...set].sort((a, b) => a - b)),
  };
}
