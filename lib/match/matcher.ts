import type { Claim } from '../claims/schema';
import type { Index, Source } from '../index/schema';
import { CORROBORATED_GATES, similarity } from './similarity';
import { collectStats, type FeatureStats } from './weights';

/**
 * A feature held by more than this share of the index's claims is not used to find candidates
 * (e:us, troops): it would pull in most of the index. It still counts when scoring a candidate.
 */
const MAX_RETRIEVAL_DF_SHARE = 0.2;
/** Retrieval never skips a feature held by this few claims, so tiny indexes still retrieve. */
const MIN_RETRIEVAL_DF_CAP = 8;
/**
 * A candidate must score at least this to be linked. Swept 0.30–0.50 on the seeds' gold: 0.35 gives
 * seeds F1 0.744 but 3 conflict false alarms on the held-out articles; 0.40 gives seeds F1 0.716 (P
 * 0.95) and none; 0.45 loses recall (F1 0.672). A wrong link costs the reader more than a missed one.
 */
export const LINK_THRESHOLD = 0.4;
/**
 * A weaker match (relaxed gates, this score) is accepted for an outlet the page has no direct match
 * in, when the index links that sentence to at least CORROBORATION_SUPPORT of the page sentence's
 * direct matches. Swept on the gold: support 1 let in 3–4 held-out conflict false alarms; support 2
 * with 0.30 raised held-out F1 0.737 → 0.752 and discrepancy recall 0.379 → 0.439 with none; 0.20–0.25
 * added one false alarm.
 */
export const CORROBORATED_THRESHOLD = 0.3;
export const CORROBORATION_SUPPORT = 2;

/** The index ready to match against: postings (feature → claim positions) and feature statistics. */
export interface Matcher {
  index: Index;
  stats: FeatureStats;
  postings: ReadonlyMap<string, readonly number[]>;
  sources: ReadonlyMap<string, Source>;
  /** Features too common to retrieve by. */
  common: ReadonlySet<string>;
}

export function createMatcher(index: Index): Matcher {
  const stats = collectStats(index.claims);
  const postings = new Map<string, number[]>();
  index.claims.forEach((c, i) => {
    for (const f of c.features) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push(i);
    }
  });
  const cap = Math.max(MIN_RETRIEVAL_DF_CAP, index.claims.length * MAX_RETRIEVAL_DF_SHARE);
  const common = new Set([...postings].filter(([, l]) => l.length > cap).map(([f]) => f));
  return { index, stats, postings, sources: new Map(index.sources.map((s) => [s.id, s])), common };
}

/** Index claims sharing at least one selective feature with the claim: the only ones scored. */
export function candidates(m: Matcher, claim: Claim): number[] {
  const seen = new Set<number>();
  for (const f of claim.features) {
    if (m.common.has(f)) continue;
    for (const i of m.postings.get(f) ?? []) seen.add(i);
  }
  return [...seen].sort((a, b) => a - b);
}

export interface Match {
  /** Position of the matched claim in the index. */
  at: number;
  claim: Claim;
  score: number;
}

/**
 * The best-matching claim of each other source for one claim, above LINK_THRESHOLD. One sentence per
 * outlet: the reader wants how each outlet told the fact, not every sentence that touches it.
 */
export function bestPerSource(m: Matcher, claim: Claim, exclude: ReadonlySet<string>): Match[] {
  const best = new Map<string, Match>();
  for (const at of candidates(m, claim)) {
    const other = m.index.claims[at];
    if (!other || exclude.has(other.sourceId)) continue;
    const { score } = similarity(claim, other, m.stats);
    if (score < LINK_THRESHOLD) continue;
    const prev = best.get(other.sourceId);
    if (!prev || score > prev.score) best.set(other.sourceId, { at, claim: other, score });
  }
  // Corroboration: for an outlet with no direct match, a sentence of that outlet that the index links
  // to several of this claim's direct matches is a candidate, with lower gates and threshold.
  const direct = [...best.values()];
  const support = new Map<number, number>();
  for (const d of direct) for (const at of m.index.neighbors[d.at] ?? []) support.set(at, (support.get(at) ?? 0) + 1);
  for (const [at, n] of [...support].sort((a, b) => a[0] - b[0])) {
    const other = m.index.claims[at];
    if (n < CORROBORATION_SUPPORT || !other || exclude.has(other.sourceId)) continue;
    if (direct.some((x) => x.claim.sourceId === other.sourceId)) continue;
    const { score } = similarity(claim, other, m.stats, CORROBORATED_GATES);
    if (score < CORROBORATED_THRESHOLD) continue;
    const prev = best.get(other.sourceId);
    if (!prev || score > prev.score) best.set(other.sourceId, { at, claim: other, score });
  }
  return [...best.values()].sort((a, b) => a.claim.sourceId.localeCompare(b.claim.sourceId));
}
