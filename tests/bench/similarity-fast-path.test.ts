/**
 * The matcher's fast path (similarityScore on a probe) must give exactly similarity()'s score: the
 * benchmark's speed-ups in lib/match may not change a single link. Checked on every pair of a few
 * dozen claims of the seeds, also with feature lists made to repeat a feature.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/schema';
import { collectStats } from '../../lib/match/weights';
import { CORROBORATED_GATES, STRICT_GATES, listsUnique, probeOf, similarity, similarityScore } from '../../lib/match/similarity';
import { buildSeedIndex } from '../../scripts/seed-index';

const claims = buildSeedIndex().claims;
const stats = collectStats(claims);
// Every 3rd claim, and copies whose lists list their first feature twice.
const sample: Claim[] = claims.filter((_, i) => i % 3 === 0);
const doubled = sample.slice(0, 8).map((c) => ({ ...c, features: [...c.features, ...c.features.slice(0, 1)], clauses: c.clauses.map((l) => [...l, ...l.slice(0, 1)]) }));

describe('similarityScore', () => {
  it.each([
    ['strict', STRICT_GATES],
    ['corroborated', CORROBORATED_GATES],
  ])('equals similarity().score for every pair (%s gates)', (_, gates) => {
    let positive = 0;
    for (const a of [...sample, ...doubled]) {
      const probe = probeOf(a);
      for (const b of [...sample, ...doubled]) {
        const want = similarity(a, b, stats, gates).score;
        expect(similarityScore(probe, b, stats, gates, listsUnique(b))).toBe(want);
        if (want > 0) positive++;
      }
    }
    expect(positive).toBeGreaterThan(sample.length);
  });

  it('tells lists that repeat a feature', () => {
    expect(listsUnique(sample[0] as Claim)).toBe(true);
    expect(listsUnique(doubled[0] as Claim)).toBe(false);
  });
});
