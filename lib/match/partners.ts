import type { Claim } from '../claims/schema';
import { similarity, type Gates } from './similarity';
import type { FeatureStats } from './weights';

/**
 * How alike a heading and the sentence under it must be to count as one fact told twice. News
 * headlines restate their lede: "Iran pays fines for targeting US troops, intelligence suggests" over
 * "U.S. intelligence reports that the Iranian government has offered bounties…" (0.61). Measured on
 * the seeds and held-out articles: restating pairs scored 0.39–0.79; a heading over a
 * sentence that moves on scored 0.00–0.23 (Sputnik's "Bountygate 2.0" over its June NYT recap: 0.00).
 */
export const PARTNER_MIN = 0.35;

/**
 * What a heading and the sentence under it must share. Headings are short, and a sub-head shares few
 * words with its paragraph's first sentence even when it restates it: "Report: Iran Paid Bounty to
 * Haqqani Network" over "…a foreign actor paid the Haqqani network’s bounty…" shares two features
 * (Haqqani, paid), below the relaxed gates' three. Adjacency is evidence of its own. Measured: seeds F1
 * 0.915 → 0.916 and held-out 0.906 → 0.915 with no wrong link added; the headings that move on still
 * score 0.00–0.23.
 */
const PARTNER_GATES: Gates = { concepts: 1, features: 2 };

/**
 * Each claim's partner in its own article: a headline or sub-head and the first body sentence under
 * it, when that sentence restates it (PARTNER_MIN). -1 for a claim without one. Claims are given in
 * reading order, grouped by source (the index's order, or one page's claims).
 */
export function headingPartners(claims: readonly Claim[], stats: FeatureStats): Int32Array {
  const partner = new Int32Array(claims.length).fill(-1);
  claims.forEach((c, i) => {
    if (c.kind === 'body') return;
    const next = claims[i + 1];
    if (!next || next.sourceId !== c.sourceId || next.kind !== 'body') return;
    if (similarity(c, next, stats, PARTNER_GATES).score < PARTNER_MIN) return;
    partner[i] = i + 1;
    partner[i + 1] = i;
  });
  return partner;
}
