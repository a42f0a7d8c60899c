import type { Claim } from '../claims/schema';
import { similarity, type Gates } from './similarity';
import type { FeatureStats } from './weights';

/**
 * How alike a heading and the sentence under it must be to count as one fact told twice. News
 * headlines restate their lede: "Country A pays rebels for attacks on convoys, report suggests" over
 * "A report says that Country A's government has offered payments…". On the gold, headings that
 * restate their lede score well above this value and headings over a sentence that moves on (a
 * headline over a recap of older news) well below it.
 */
export const PARTNER_MIN = 0.35;

/**
 * What a heading and the sentence under it must share. Headings are short, and a sub-head shares few
 * words with its paragraph's first sentence even when it restates it: "Report: Country A Paid Fee to
 * Rebel Group" over "…a foreign actor paid the rebel group’s fee…" shares two features (rebel, paid),
 * below the relaxed gates' three. Adjacency is evidence of its own. Measured on the gold: more links,
 * no wrong link added; headings that move on still score below PARTNER_MIN.
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
