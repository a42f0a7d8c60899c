import type { Claim } from '../claims/schema';
import type { Index, Source } from '../index/schema';
import { CORROBORATED_GATES, MIN_SHARED_FEATURES_SHORT, STRICT_GATES, listsUnique, probeOf, similarityScore, type Probe } from './similarity';
import { collectStats, type FeatureStats } from './weights';
import { headingPartners } from './partners';

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
/**
 * Re-measured in session 9 (with the selective-word rule below): support 1 gives seeds F1 0.901 (P
 * 0.916) and held-out 0.907 with no conflict false alarm, but adds 5 wrong links a reader sees
 * ("Prior to the attack on Bagram, the US killed Qasem Soleimani" → a Bagram casualty sentence). Kept at 2.
 */
export const CORROBORATION_SUPPORT = 2;
/**
 * A direct match this strong (a near-restatement) is support enough on its own: the index's link from
 * it to another outlet's sentence carries over. Swept 0.5–0.9 on the gold: 0.7 raised seeds F1 0.833 →
 * 0.863 (discrepancy recall 0.649 → 0.660) with held-out unchanged and no conflict false alarm; 0.5–0.6
 * cost held-out precision (0.945 → 0.88–0.90); any single match (support 1) cost it more (0.83).
 */
export const STRONG_SUPPORT_SCORE = 0.7;
/**
 * An outlet that states a fact twice (its headline and its body, each worded its own way) gets both
 * sentences linked when the index links the second one to the page sentence's direct matches: to
 * CORROBORATION_SUPPORT of them at CORROBORATED_THRESHOLD (relaxed gates), or to one at
 * EXTRA_SENTENCE_SCORE. A headline's "may have" is what the reader wants set beside the body's plain
 * statement. Swept on the gold against one sentence per outlet: support 2 at
 * 0.30–0.35 added 9 links on the seeds and 1 held out, all correct (discrepancy recall 64 → 72 of 101);
 * support 1 at 0.30 added 11 wrong ones.
 */
export const EXTRA_SENTENCE_SUPPORT = CORROBORATION_SUPPORT;
/**
 * With one corroborating link only, the second sentence must score this (relaxed gates). Swept on the
 * gold on top of the above: 0.40 added 18 correct links and 2 wrong on the seeds (discrepancy recall
 * 75 → 79 of 101); 0.42 added 17, all correct; 0.45 added 9, all correct (78 of 101); 0.50 less. Held
 * out: one more correct link at each value. 0.45 keeps every added link right.
 */
export const EXTRA_SENTENCE_SCORE = 0.45;

/** The index ready to match against: postings (feature → claim positions) and feature statistics. */
export interface Matcher {
  index: Index;
  stats: FeatureStats;
  postings: ReadonlyMap<string, readonly number[]>;
  sources: ReadonlyMap<string, Source>;
  /** Features too common to retrieve by. */
  common: ReadonlySet<string>;
  /**
   * Clause features a claim has beyond its sentence features (feature → claim positions); usually
   * empty, as a clause's features are a subset of its sentence's. With `postings` it tells every
   * claim that holds a feature anywhere, for the shared-feature bound in scoreCandidates.
   */
  clauseOnly: ReadonlyMap<string, readonly number[]>;
  /** Per claim position: features shared with the claim being matched (scratch, reset after each use). */
  scratch: Uint32Array;
  /** Per claim position: 1 when none of the claim's feature lists repeats a feature (similarityScore's fast path). */
  unique: Uint8Array;
  /** Per claim position: corroborating links counted in corroborate() (scratch, reset after each use). */
  supportScratch: Uint32Array;
  /** Per claim position: its heading or lede partner in its own article (headingPartners), or -1. */
  partners: Int32Array;
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
  const clauseOnly = new Map<string, number[]>();
  index.claims.forEach((c, i) => {
    if (c.clauses.length === 0) return;
    const own = new Set(c.features);
    const extra = new Set<string>();
    for (const clause of c.clauses) for (const f of clause) if (!own.has(f)) extra.add(f);
    for (const f of extra) {
      let list = clauseOnly.get(f);
      if (!list) clauseOnly.set(f, (list = []));
      list.push(i);
    }
  });
  const cap = Math.max(MIN_RETRIEVAL_DF_CAP, index.claims.length * MAX_RETRIEVAL_DF_SHARE);
  const common = new Set([...postings].filter(([, l]) => l.length > cap).map(([f]) => f));
  return {
    index,
    stats,
    postings,
    sources: new Map(index.sources.map((s) => [s.id, s])),
    common,
    clauseOnly,
    scratch: new Uint32Array(index.claims.length),
    unique: Uint8Array.from(index.claims, (c) => (listsUnique(c) ? 1 : 0)),
    supportScratch: new Uint32Array(index.claims.length),
    partners: headingPartners(index.claims, stats),
  };
}

/**
 * A claim with fewer selective features than this retrieves by all its features, the too-common ones
 * too. A headline is short and made of the story's commonest words ("Bountygate 2.0: US Intelligence
 * Claims Iran Paid Taliban to Kill American Troops in Afghanistan" has two selective features in the
 * seeds' index), so it retrieved nothing it should link to. Swept on the gold: 2 changes nothing; 3
 * raises seeds F1 0.863 → 0.883 (discrepancy recall 62 → 63 of 101); 4 to 6 and retrieving everything by
 * all features give 0.883 with 64 of 101; held-out unchanged throughout. 4 keeps the extra retrieval
 * to the few short claims.
 */
export const MIN_SELECTIVE_FEATURES = 4;

/** Index claims sharing at least one selective feature with the claim (any feature, for a claim with few selective ones): the only ones scored. */
export function candidates(m: Matcher, claim: Claim): number[] {
  const shared = sharedWith(m, claim);
  try {
    return shared.candidates;
  } finally {
    shared.release();
  }
}

/**
 * Fewest features two claims must share, in the sentence or in some pair of clauses, for similarity()
 * to score them above zero under STRICT_GATES (the short-claim rule needs MIN_SHARED_FEATURES_SHORT).
 */
const MIN_SHARED_DIRECT = Math.min(STRICT_GATES.features, MIN_SHARED_FEATURES_SHORT);
/** Marks a retrieved candidate in the matcher's scratch counts (counts stay far below it). */
const CANDIDATE_BIT = 0x80000000;

/** What one claim shares with the index: its candidates, and those that can pass a gate. */
interface Shared {
  /** Index claims sharing a selective feature of the claim's sentence, in index order. */
  candidates: number[];
  /**
   * Those candidates, in the same order, that may pass STRICT_GATES: they share at least
   * MIN_SHARED_DIRECT features in some pair of feature lists similarity() compares, counting every
   * too-common feature of the claim as shared (exact for the others). Below that, similarity() is 0.
   */
  scorable: number[];
  /** Clears the matcher's scratch counts: call once done. */
  release(): void;
}

/**
 * Counts, through the postings, the features each index claim shares with the claim, so that
 * scoreCandidates scores only candidates that can pass a gate. In a 10,000-article index most
 * candidates share a word or two only, and scoring them was most of the work.
 */
function sharedWith(m: Matcher, claim: Claim): Shared {
  const counts = m.scratch;
  const touched: number[] = [];
  const found: number[] = [];
  // How often a feature occurs in any one of the claim's lists (once, unless a list repeats it).
  const times = new Map<string, number>();
  for (const fs of [claim.features, ...claim.clauses]) {
    const here = new Map<string, number>();
    for (const f of fs) here.set(f, (here.get(f) ?? 0) + 1);
    for (const [f, n] of here) if (n > (times.get(f) ?? 0)) times.set(f, n);
  }
  const own = new Set(claim.features);
  const allRetrieve = new Set(claim.features.filter((f) => !m.common.has(f))).size < MIN_SELECTIVE_FEATURES;
  let everywhere = 0;
  for (const [f, n] of times) {
    if (m.common.has(f) && !allRetrieve) {
      everywhere += n;
      continue;
    }
    // Retrieval is by the sentence's own selective features; clause-only
    // features only add to the count. The top bit of the scratch marks a candidate.
    const retrieves = own.has(f);
    for (const i of m.postings.get(f) ?? []) {
      const v = counts[i] as number;
      if (v === 0) touched.push(i);
      if (retrieves && v < CANDIDATE_BIT) found.push(i);
      counts[i] = (retrieves ? v | CANDIDATE_BIT : v) + n;
    }
    for (const i of m.clauseOnly.get(f) ?? []) {
      const v = counts[i] as number;
      if (v === 0) touched.push(i);
      counts[i] = v + n;
    }
  }
  const bound = (at: number) => (((counts[at] ?? 0) & ~CANDIDATE_BIT) >>> 0) + everywhere;
  const candidates = found.sort((a, b) => a - b);
  return {
    candidates,
    scorable: candidates.filter((at) => bound(at) >= MIN_SHARED_DIRECT),
    release: () => {
      for (const i of touched) counts[i] = 0;
    },
  };
}

export interface Match {
  /** Position of the matched claim in the index. */
  at: number;
  claim: Claim;
  score: number;
}

/**
 * How much a neighbouring link adds to a pair's score: sentence i of the page and sentence j of an
 * outlet gain CONTINUITY_WEIGHT × the score of (i−1, j−1) or (i+1, j+1) when that pair is itself a
 * link. Outlets that retell one report keep its order, so a sentence between two aligned sentences
 * likely aligns too, even when its own wording changed more. Swept on the gold (npm run eval, threshold
 * 0.40): 0 gives seeds F1 0.767 / held-out 0.759; 0.2 gives 0.774 / 0.786; 0.3 gives 0.789 / 0.797,
 * all with no conflict false alarm. A threshold of 0.35 with it raised seeds F1 to 0.797 but lowered
 * held-out precision 0.922 → 0.842.
 */
export const CONTINUITY_WEIGHT = 0.3;

/**
 * One page claim's scored candidates, in index order: positions and their scores under STRICT_GATES,
 * kept when a neighbour could lift them to a link. Plain arrays, not a Map: against a large index of
 * near-duplicate reports a claim keeps thousands, and Map insertion doubled the index build.
 */
interface Scored {
  at: number[];
  score: number[];
}

function scoreCandidates(m: Matcher, probe: Probe, exclude: ReadonlySet<string>): Scored {
  const scored: Scored = { at: [], score: [] };
  const shared = sharedWith(m, probe.claim);
  try {
    // Candidates sharing fewer features than any gate needs are left out: similarity() would be 0.
    for (const at of shared.scorable) {
      const other = m.index.claims[at];
      if (!other || exclude.has(other.sourceId)) continue;
      const score = similarityScore(probe, other, m.stats, STRICT_GATES, m.unique[at] === 1);
      if (score < LINK_THRESHOLD - CONTINUITY_WEIGHT) continue;
      scored.at.push(at);
      scored.score.push(score);
    }
  } finally {
    shared.release();
  }
  return scored;
}

/** The score of a neighbouring pair when it is a link on its own, else 0 (binary search: `at` is sorted). */
function linkScore(m: Matcher, scored: Scored | undefined, at: number, sourceId: string): number {
  if (!scored || m.index.claims[at]?.sourceId !== sourceId) return 0;
  let lo = 0;
  let hi = scored.at.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = scored.at[mid] as number;
    if (x === at) {
      const s = scored.score[mid] as number;
      return s >= LINK_THRESHOLD ? s : 0;
    }
    if (x < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The best-matching claim of each other source for each of a page's claims (given in reading order),
 * above LINK_THRESHOLD, grouped by source. One sentence per outlet, unless the outlet states the fact
 * a second time and the index corroborates that sentence too (EXTRA_SENTENCE_SUPPORT): the reader
 * wants how each outlet told the fact, not every sentence that touches it.
 */
export function matchClaims(m: Matcher, claims: readonly Claim[], exclude: ReadonlySet<string>): Match[][] {
  const probes = claims.map(probeOf);
  const scored = probes.map((p) => scoreCandidates(m, p, exclude));
  const found = probes.map((probe, i) => {
    // Ranked by the lifted score, which may pass 1; reported on the 0..1 scale the other scores use.
    const best = new Map<string, Match>();
    const own = scored[i];
    for (let k = 0; own && k < own.at.length; k++) {
      const at = own.at[k] as number;
      const raw = own.score[k] as number;
      const other = m.index.claims[at];
      if (!other) continue;
      const near = Math.max(linkScore(m, scored[i - 1], at - 1, other.sourceId), linkScore(m, scored[i + 1], at + 1, other.sourceId));
      const lifted = raw + CONTINUITY_WEIGHT * near;
      if (lifted < LINK_THRESHOLD) continue;
      const prev = best.get(other.sourceId);
      if (!prev || lifted > prev.score) best.set(other.sourceId, { at, claim: other, score: lifted });
    }
    const more = corroborate(m, probe, exclude, best);
    // An outlet's best sentence first: the stable sort below keeps it first within its outlet.
    return [...best.values(), ...more].map((x) => (x.score > 1 ? { ...x, score: 1 } : x));
  });
  const pagePartners = headingPartners(claims, m.stats);
  return found.map((links, i) => {
    const partner = pagePartners[i] as number;
    const all = [...links, ...partnerLinks(m, probes[i] as Probe, links, partner >= 0 ? (found[partner] ?? []) : [], exclude)];
    // Stable sort: within an outlet, its best sentence comes first.
    return all.sort((a, b) => a.claim.sourceId.localeCompare(b.claim.sourceId));
  });
}

/**
 * A headline and its lede tell one fact twice (headingPartners). Links the page sentence to the
 * partner of each outlet sentence it links to, and to what its own partner links to, when the pair
 * scores PARTNER_LINK_SCORE under the relaxed gates.
 */
function partnerLinks(m: Matcher, probe: Probe, links: readonly Match[], partnerOwn: readonly Match[], exclude: ReadonlySet<string>): Match[] {
  const have = new Set(links.map((x) => x.at));
  const extra: Match[] = [];
  const consider = (at: number) => {
    if (at < 0 || have.has(at)) return;
    have.add(at);
    const other = m.index.claims[at];
    if (!other || exclude.has(other.sourceId)) return;
    const score = similarityScore(probe, other, m.stats, CORROBORATED_GATES, m.unique[at] === 1);
    if (score >= PARTNER_LINK_SCORE) extra.push({ at, claim: other, score: Math.min(1, score) });
  };
  for (const x of links) consider(m.partners[x.at] ?? -1);
  for (const x of partnerOwn) consider(x.at);
  return extra;
}

/**
 * What a page sentence must score (relaxed gates) against a heading partner to be linked to it. Swept
 * on the gold: 0.25 added one wrong link on the seeds; 0.30 raised seeds discrepancy recall 78 → 82 of
 * 101 and held-out 42 → 47 of 66; 0.35–0.40 found one held-out difference fewer. A headline's "may
 * have paid" beside the body's "offered bounties" is the shift in certainty the reader came for.
 */
export const PARTNER_LINK_SCORE = CORROBORATED_THRESHOLD;

/** matchClaims for a single claim, read on its own (no neighbouring sentences): its links, grouped by source. */
export function matchClaim(m: Matcher, claim: Claim, exclude: ReadonlySet<string>): Match[] {
  return matchClaims(m, [claim], exclude)[0] ?? [];
}

/**
 * Corroboration: for an outlet with no direct match, a sentence of that outlet that the index links
 * to several of this claim's direct matches, or to one strong one, is a candidate, with lower gates
 * and threshold; it goes into `best`. For an outlet with a direct match, another of its sentences that
 * the index links to direct matches is returned as an extra link (EXTRA_SENTENCE_SUPPORT, _SCORE).
 */
function corroborate(m: Matcher, probe: Probe, exclude: ReadonlySet<string>, best: Map<string, Match>): Match[] {
  const extra: Match[] = [];
  const direct = [...best.values()];
  const directSources = new Set(direct.map((x) => x.claim.sourceId));
  // How many direct matches the index links each claim to, counted in the matcher's second scratch
  // array; only claims with enough support are kept, in index order.
  const support = m.supportScratch;
  const linked: number[] = [];
  // Claims the index links to a near-restatement of this one: one such match is support enough.
  const strong = new Set<number>();
  for (const d of direct) {
    for (const at of m.index.neighbors[d.at] ?? []) {
      if (at >= support.length) continue;
      if (support[at] === 0) linked.push(at);
      support[at] = (support[at] as number) + 1;
      if (d.score >= STRONG_SUPPORT_SCORE) strong.add(at);
    }
  }
  const supported: number[] = [];
  // Claims the index links to several direct matches (every linked claim may be an outlet's second sentence).
  const twice = new Set<number>();
  for (const at of linked) {
    const n = support[at] as number;
    support[at] = 0;
    if (n >= CORROBORATION_SUPPORT || strong.has(at)) supported.push(at);
    if (n >= EXTRA_SENTENCE_SUPPORT) twice.add(at);
  }
  for (const at of supported.sort((a, b) => a - b)) {
    const other = m.index.claims[at];
    if (!other || exclude.has(other.sourceId) || directSources.has(other.sourceId)) continue;
    // Shared words all too common to retrieve by ("attack", "US", "kill", "troops") are no evidence of one
    // fact when the support ran through a two-fact sentence: the casualty sentence reached The Commune's
    // headline about payments through InsideOver's payment-and-casualties sentence. Seeds: 1 false link fewer, nothing lost.
    if (!other.features.some((f) => !m.common.has(f) && probe.full.times.has(f))) continue;
    const score = similarityScore(probe, other, m.stats, CORROBORATED_GATES, m.unique[at] === 1);
    if (score < CORROBORATED_THRESHOLD) continue;
    const prev = best.get(other.sourceId);
    if (!prev || score > prev.score) best.set(other.sourceId, { at, claim: other, score });
  }
  for (const at of linked.sort((a, b) => a - b)) {
    const other = m.index.claims[at];
    if (!other || !directSources.has(other.sourceId) || best.get(other.sourceId)?.at === at) continue;
    const score = similarityScore(probe, other, m.stats, CORROBORATED_GATES, m.unique[at] === 1);
    if (score >= (twice.has(at) ? CORROBORATED_THRESHOLD : EXTRA_SENTENCE_SCORE)) extra.push({ at, claim: other, score });
  }
  return extra;
}
