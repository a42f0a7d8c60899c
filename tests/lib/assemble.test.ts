import { describe, expect, it } from 'vitest';
import { assembleIndex } from '../../lib/corpus/assemble';
import { recordOf } from '../../lib/corpus/records';
import { buildSeedIndex } from '../../scripts/seed-index';

const seeds = buildSeedIndex();
const article = (host: string, text: string, links?: string[][]) => {
  const base = recordOf({ url: `https://${host}.example/a`, outlet: host, title: host, date: '2026-03-10', text }, '2026-03-12T00:00:00.000Z');
  return links ? { ...base, links } : base;
};

describe('the index a page is matched against', () => {
  it('holds every bundled claim with its links, and each remembered article’s links both ways as one fact', () => {
    const a = article('courier', 'The river rose four metres overnight in Marston.\n\nCrews evacuated 1,200 residents.');
    const b = article('ledger', 'The Harlow rose four metres in Marston overnight.\n\nAbout 1,500 residents left.', [[`${a.id}#0`], [`${a.id}#1`, 'gone-article#3']]);
    const index = assembleIndex(seeds, [a, b]);
    expect(index.claims.length).toBe(seeds.claims.length + a.claims.length + b.claims.length);
    // Sources sorted by id, claims grouped by source in that order.
    expect(index.sources.map((s) => s.id)).toEqual([...index.sources.map((s) => s.id)].sort());
    const at = (id: string) => index.claims.findIndex((c) => c.id === id);
    expect(index.neighbors[at(`${a.id}#0`)]).toEqual([at(`${b.id}#0`)]);
    expect(index.neighbors[at(`${b.id}#1`)]).toEqual([at(`${a.id}#1`)]);
    expect(index.facts[at(`${a.id}#1`)]).toBe(index.facts[at(`${b.id}#1`)]);
    expect(index.facts[at(`${a.id}#0`)]).not.toBe(index.facts[at(`${a.id}#1`)]);
    // A link to an article remembered again after it was made (an update) may name another sentence: dropped.
    const updated = { ...a, savedAt: '2026-03-13T00:00:00.000Z' };
    const later = assembleIndex(seeds, [updated, b]);
    const at2 = (id: string) => later.claims.findIndex((c) => c.id === id);
    expect(later.neighbors[at2(`${b.id}#0`)]).toEqual([]);
    expect(later.facts[at2(`${a.id}#1`)]).not.toBe(later.facts[at2(`${b.id}#1`)]);
    // The bundled index's own links still name the same claims.
    seeds.claims.forEach((c, i) => {
      expect((index.neighbors[at(c.id)] ?? []).map((n) => index.claims[n]?.id).sort()).toEqual((seeds.neighbors[i] ?? []).map((n) => seeds.claims[n]?.id).sort());
    });
  });
});
