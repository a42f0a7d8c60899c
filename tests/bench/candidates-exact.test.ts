/**
 * The matcher scores only the candidates scorableFor finds (prefix filtering over membership bitsets,
 * postings grouped by acting states, a shared-feature count per candidate). None of these may lose a
 * claim that similarity() would link: every index claim that scores above 0 under the strict gates and
 * shares a selective feature of the probe's sentence must be a candidate. On the seeds' index every
 * posting of 4 or more claims is large enough for bitsets and state groups, so the seeds exercise them.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/schema';
import { statesOf } from '../../lib/claims/entities';
import { candidates, createMatcher } from '../../lib/match/matcher';
import { STRICT_GATES, actingStates, similarity } from '../../lib/match/similarity';
import { buildSeedIndex } from '../../scripts/seed-index';

const index = buildSeedIndex();
const m = createMatcher(index);
// Probes: every claim of the seeds, and copies (of every other claim) speaking of another state the
// index names or of one more it never names. A sentence takes no states from the sentences before it,
// so the copies give their states through contextStates, which actingStates reads when none is named.
const restated = index.claims.filter((_, i) => i % 2 === 0).map((c, i) => ({
  ...c,
  entities: c.entities.filter((e) => statesOf([e]).length === 0),
  contextStates: i % 2 === 0 ? ['@rus'] : [...actingStates(c), 'atlantis'],
}));

describe('candidates', () => {
  it('include every index claim that similarity() scores above 0 through a selective feature', () => {
    let checked = 0;
    let stated = 0;
    for (const a of [...index.claims, ...restated] as Claim[]) {
      const found = new Set(candidates(m, a));
      if (actingStates(a).length > 0) stated++;
      const selective = a.features.filter((f) => {
        const id = m.table.ids.get(f);
        return id !== undefined && m.common[id] === 0;
      });
      index.claims.forEach((b, at) => {
        if (similarity(a, b, m.stats, STRICT_GATES).score <= 0 || !selective.some((f) => b.features.includes(f))) return;
        checked++;
        expect(found.has(at), `${a.id} → ${b.id}`).toBe(true);
      });
    }
    // Enough pairs, and probes naming a state, to mean something.
    expect(checked).toBeGreaterThan(500);
    expect(stated).toBeGreaterThan(100);
  });
});
