/**
 * The matcher's fast path (similarityScore on a probe, over the feature table's sorted ids) must give
 * exactly similarity()'s score: the benchmark's speed-ups in lib/match may not change a single link.
 * Checked on every pair of a few dozen claims of the seeds, also with feature lists made to repeat a
 * feature, and with probes holding features the index never saw.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/schema';
import { createMatcher } from '../../lib/match/matcher';
import { CORROBORATED_GATES, STRICT_GATES, actingStates, listsUnique, probeOf, similarity, similarityScore } from '../../lib/match/similarity';
import { monthsOf } from '../../lib/match/same-month';
import { buildSeedIndex } from '../../scripts/seed-index';

const index = buildSeedIndex();
// Every 3rd claim, and copies whose lists list their first feature twice.
const sample: Claim[] = index.claims.filter((_, i) => i % 3 === 0);
const doubled = sample.slice(0, 8).map((c) => ({ ...c, features: [...c.features, ...c.features.slice(0, 1)], clauses: c.clauses.map((l) => [...l, ...l.slice(0, 1)]) }));
const inIndex = [...sample, ...doubled];
// The matcher's index holds the sample; the probes also include claims with words it never saw.
const m = createMatcher({ ...index, claims: inIndex });
const unseen = sample.slice(0, 6).map((c) => ({ ...c, features: [...c.features, 'zzunseen', 'e:nowhere'] }));

describe('similarityScore', () => {
  it.each([
    ['strict', STRICT_GATES],
    ['corroborated', CORROBORATED_GATES],
  ])('equals similarity().score for every pair (%s gates)', (_, gates) => {
    let positive = 0;
    for (const a of [...inIndex, ...unseen]) {
      const probe = probeOf(a, m.table, m.stats);
      inIndex.forEach((b, at) => {
        const want = similarity(a, b, m.stats, gates).score;
        expect(similarityScore(probe, { claim: b, at, unique: listsUnique(b), states: actingStates(b), months: monthsOf(b) }, m.table, m.stats, gates)).toBe(want);
        if (want > 0) positive++;
      });
    }
    expect(positive).toBeGreaterThan(sample.length);
  });

  it('tells lists that repeat a feature', () => {
    expect(listsUnique(sample[0] as Claim)).toBe(true);
    expect(listsUnique(doubled[0] as Claim)).toBe(false);
  });
});
