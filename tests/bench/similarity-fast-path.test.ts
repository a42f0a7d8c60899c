/**
 * The matcher's fast path (similarityScore on a probe, over the feature table's sorted ids) must give
 * exactly similarity()'s score: the benchmark's speed-ups in lib/match may not change a single link.
 * Checked on every pair of a few dozen claims of the seeds, also with feature lists made to repeat a
 * feature, with probes holding features the index never saw, and with probes speaking of a state the
 * index never names (state masks: one bit for every such state), with and without the index's state bits.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/schema';
import { createMatcher, probeFor } from '../../lib/match/matcher';
import { statesOf } from '../../lib/claims/entities';
import { CORROBORATED_GATES, STRICT_GATES, actingStates, listsUnique, probeOf, similarity, similarityScore, type IndexClaim } from '../../lib/match/similarity';
import { buildSeedIndex } from '../../scripts/seed-index';

const index = buildSeedIndex();
// Every 3rd claim, and copies whose lists list their first feature twice.
const sample: Claim[] = index.claims.filter((_, i) => i % 3 === 0);
const doubled = sample.slice(0, 8).map((c) => ({ ...c, features: [...c.features, ...c.features.slice(0, 1)], clauses: c.clauses.map((l) => [...l, ...l.slice(0, 1)]) }));
const inIndex = [...sample, ...doubled];
// The matcher's index holds the sample; the probes also include claims with words it never saw.
const m = createMatcher({ ...index, claims: inIndex });
const unseen = sample.slice(0, 6).map((c) => ({ ...c, features: [...c.features, 'zzunseen', 'e:nowhere'] }));
// Claims of another state's story: their own states replaced by one the index never names, or joined by it.
const elsewhere: Claim[] = sample.slice(0, 12).map((c, i) => {
  const states = i % 2 === 0 ? ['atlantis'] : [...actingStates(c), 'atlantis'];
  return { ...c, entities: c.entities.filter((e) => statesOf([e]).length === 0), contextStates: states };
});

describe('similarityScore', () => {
  it.each([
    ['strict', STRICT_GATES],
    ['corroborated', CORROBORATED_GATES],
  ])('equals similarity().score for every pair (%s gates)', (_, gates) => {
    let positive = 0;
    let disagreeing = 0;
    let related = 0;
    expect(m.stateBits?.size).toBeGreaterThan(1);
    for (const a of [...inIndex, ...unseen, ...elsewhere]) {
      // As the matcher prepares it (state masks), and without state bits (states compared as lists).
      for (const probe of [probeFor(m, a), probeOf(a, m.table, m.stats)]) {
        inIndex.forEach((b, at) => {
          const sim = similarity(a, b, m.stats, gates);
          const want = sim.score;
          if (want > 0 && sim.shared.some((f) => f.includes('~'))) related++;
          expect(similarityScore(probe, m.entries[at] as IndexClaim, m.table, m.stats, gates)).toBe(want);
          if (want > 0) positive++;
          if (want === 0 && similarity(a, b, m.stats, { concepts: 0, features: 0 }).score === 0 && elsewhere.includes(a)) disagreeing++;
        });
      }
    }
    expect(positive).toBeGreaterThan(sample.length);
    // Some pairs are scored with related concepts (RELATED_WEIGHT), so both ways of counting them are compared.
    expect(related).toBeGreaterThan(0);
    // The state-story probes do meet index claims they disagree with, and agree with some.
    expect(disagreeing).toBeGreaterThan(0);
  });

  it('tells lists that repeat a feature', () => {
    expect(listsUnique(sample[0] as Claim)).toBe(true);
    expect(listsUnique(doubled[0] as Claim)).toBe(false);
  });
});
