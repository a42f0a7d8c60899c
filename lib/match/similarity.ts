import type { Claim } from '../claims/schema';
import { statesOf } from '../claims/entities';
import { isConcept, isParticipant, type FeatureTable } from './feature-table';
import { listWeight, weightOf, type FeatureStats } from './weights';
import { monthsOf, withMonthBonus } from './same-month';
import { relatedConcepts } from '../text/concepts';

/**
 * Shared concepts (not entities) two claims need before they can state one fact. A council meeting
 * "on October 3" that hired "more than 70" teachers shares numbers and a date with a report of an
 * attack on that day but not two content words, so it never links.
 */
export const MIN_SHARED_CONCEPTS = 2;
/**
 * Shared features of any kind (concepts, entities, counted classes) needed: one more than
 * MIN_SHARED_CONCEPTS, so two common words alone are not a fact; a name, a counted class or a third
 * word must back them.
 */
export const MIN_SHARED_FEATURES = 3;

/** The index's acting states as bit positions (stateBitsOf): bit k for the k-th state it names. */
export type StateBits = ReadonlyMap<string, number>;
/** States 0..29 get a bit; an index naming more compares its states as lists (stateMask -1). */
const MAX_STATE_BITS = 30;

/** Bits for the states claims act as (each claim's actingStates), or undefined when there are too many for one number. */
export function stateBitsOf(statesOfClaims: readonly (readonly string[])[]): StateBits | undefined {
  const bits = new Map<string, number>();
  for (const states of statesOfClaims) for (const s of states) if (!bits.has(s)) bits.set(s, bits.size);
  return bits.size <= MAX_STATE_BITS ? bits : undefined;
}

/**
 * A claim's acting states as one number of StateBits, or -1 without them. A state the index never
 * names (a page's) sets bit MAX_STATE_BITS, which no index claim holds.
 */
export function stateMask(states: readonly string[], bits: StateBits | undefined): number {
  if (!bits) return -1;
  let mask = 0;
  for (const s of states) mask |= 1 << (bits.get(s) ?? MAX_STATE_BITS);
  return mask;
}

/**
 * disagree() on a probe and an index claim: two ANDs when both have a state mask. A page scores tens
 * of thousands of pairs against a large index, and comparing the lists took 3 ms of a 2k-word page's
 * 30 ms of matching against 10,000 articles, where two thirds of the candidates tell another state's story.
 */
function statesDiffer(p: Probe, b: IndexClaim): boolean {
  const x = p.stateMask;
  const y = b.stateMask;
  if (x < 0 || y < 0) return disagree(p.states, b.states);
  return masksDisagree(x, y);
}

/** disagree() on two state masks (stateMask, both ≥ 0): each names a state the other does not. */
export function masksDisagree(x: number, y: number): boolean {
  return (x & ~y) !== 0 && (y & ~x) !== 0;
}

/**
 * States that act in one claim but not the other. Country A's payments and Country B's payments
 * read alike word for word; what tells the two stories apart is who acted, so each side naming a state the other
 * does not means two different facts.
 */
export function statesDisagree(a: Claim, b: Claim): boolean {
  return disagree(actingStates(a), actingStates(b));
}

/**
 * Each side names a state the other does not. Plain loops: similarityScore asks this for every
 * candidate (48,000 for a 2k-word page against 10,000 articles), and the two `some` closures were
 * 4 ms of that page's 40 ms of matching.
 */
function disagree(sa: readonly string[], sb: readonly string[]): boolean {
  if (sa.length === 0 || sb.length === 0) return false;
  return namesOther(sa, sb) && namesOther(sb, sa);
}

/** True when `a` names a state `b` does not. */
function namesOther(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i] as string)) return true;
  return false;
}

const NO_STATES: readonly string[] = [];
/** The states a claim speaks of: those it names, or else the ones its article was just speaking of (a sentence naming no state). */
export function actingStates(c: Claim): readonly string[] {
  const own = statesOf(c.entities);
  return own.length > 0 ? own : (c.contextStates ?? NO_STATES);
}

/** Shared features a short claim needs at the least. */
export const MIN_SHARED_FEATURES_SHORT = 3;
/** Share of a short claim's features that must be shared: all of them (a lower share let in false links on the gold). */
export const SHORT_CLAIM_COVERAGE = 1;

/** How much two claims must share before they are scored at all. */
export interface Gates { concepts: number; features: number }
export const STRICT_GATES: Gates = { concepts: MIN_SHARED_CONCEPTS, features: MIN_SHARED_FEATURES };
/**
 * Gates for a candidate that the index itself already links to a sentence the page matched: the
 * corroboration stands in for part of the evidence ("Report: Country A Paid Fee to Rebel Group"
 * shares only Country A, "rebel" and "paid" with the body sentence citing the ministry's documents).
 */
export const CORROBORATED_GATES: Gates = { concepts: 1, features: 3 };

export interface Similarity {
  score: number;
  shared: string[];
  /** Summed weight of what the best pair of lists shares (0 when the score is). */
  weight: number;
}

/**
 * How strongly two claims state the same fact, 0..1: the mean of the weighted cosine (penalises a
 * long sentence matching a short one on little) and the weighted containment (a short sentence fully
 * inside a long two-fact sentence still matches). Zero when a gate fails.
 */
export function similarity(a: Claim, b: Claim, stats: FeatureStats, gates: Gates = STRICT_GATES): Similarity {
  if (statesDisagree(a, b)) return { score: 0, shared: [], weight: 0 };
  let best = featureSimilarity(a.features, b.features, stats, gates);
  // A fact stated in one clause of a two-fact sentence: compare clause by clause, keep the best.
  const as = a.clauses.length ? a.clauses : [a.features];
  const bs = b.clauses.length ? b.clauses : [b.features];
  if (as.length > 1 || bs.length > 1) {
    for (const x of as) for (const y of bs) {
      const s = featureSimilarity(x, y, stats, gates);
      if (s.score > best.score) best = s;
    }
  }
  return { ...best, score: withMonthBonus(best.score, monthsOf(a), monthsOf(b)) };
}

/**
 * Below this many features, a list is searched directly rather than through a Set: claims' lists are
 * short (10–30 features), and building a Set for every pair compared was a good part of matching.
 */
const SCAN_MAX = 32;

/** The features of a that b also has, in a's order (as often as a lists them). */
function sharedFeatures(a: readonly string[], b: readonly string[]): string[] {
  if (b.length <= SCAN_MAX) return a.filter((f) => b.includes(f));
  const setB = new Set(b);
  return a.filter((f) => setB.has(f));
}

/**
 * Named participants (people, organisations; not states) two claims share that stand in for their
 * second shared concept: "The regulator cleared Acme's takeover of Globex" / "Acme completes
 * Globex deal after regulator's approval" share one word and two participants. Read from the tuned stories'
 * missed links, 959 of 2,300 of which share exactly one concept: at 2, recall 0.649 → 0.663 at
 * precision 0.832 → 0.830, no conflict false alarm added once three comparisons were mended (a
 * span in two precisions, "not … until", "meets this Sunday"), no link across the 25 stories of the
 * mixed index; at 3, half the recall (tests/corpus/TUNING.md).
 */
export const NAMES_FOR_ONE_CONCEPT = 2;
/**
 * The gates: enough shared concepts (or one and NAMES_FOR_ONE_CONCEPT participants) and features, or a short claim ("Country B denied the allegations.",
 * "Report: Country A Paid Fee to Rebel Group") too small for them whose features are nearly all shared.
 */
function passesGates(shared: number, concepts: number, aLength: number, bLength: number, gates: Gates, names = 0): boolean {
  const enough = (concepts >= gates.concepts || (concepts >= 1 && names >= NAMES_FOR_ONE_CONCEPT)) && shared >= gates.features;
  const shortCovered = concepts >= 1 && shared >= MIN_SHARED_FEATURES_SHORT && shared >= SHORT_CLAIM_COVERAGE * Math.min(aLength, bLength);
  return enough || shortCovered;
}
/**
 * Two shared concepts and no third shared feature (no name, figure or third word) still link when
 * the pair scores at least this much: the two words then carry most of both sentences' weight ("The
 * cause of the fires has not been determined." / "Officials have not said what caused the fire.").
 * Read from the tuned stories' missed links, 435 of which fail only the third feature: at 0.6 recall
 * 0.665 → 0.668 at unchanged precision (27 of the 30 links it adds are right); at 0.45 F1 0.745 but
 * 68 of 103 right, below the engine's precision (tests/corpus/TUNING.md).
 */
export const TWO_CONCEPTS_MIN_SCORE = 0.6;
/** Shared features a pair needs to be scored at all: the two concepts of TWO_CONCEPTS_MIN_SCORE (scoreFloor). */
const SCORED_MIN_SHARED = 2;

/**
 * The score a pair of lists must reach to link, from what they share: 0 when they pass the gates,
 * TWO_CONCEPTS_MIN_SCORE when they share two concepts and nothing more, Infinity when they cannot link.
 * One reading for similarity() and the matcher's fast path (pairScore).
 */
function scoreFloor(shared: number, concepts: number, aLength: number, bLength: number, gates: Gates, names: number): number {
  if (passesGates(shared, concepts, aLength, bLength, gates, names)) return 0;
  return concepts >= Math.max(gates.concepts, SCORED_MIN_SHARED) && shared >= SCORED_MIN_SHARED ? TWO_CONCEPTS_MIN_SCORE : Infinity;
}

/**
 * Fewest shared features with which a pair of lists can pass under `gates`: the two concepts a high
 * score lets through (scoreFloor), or fewer where the gates ask fewer. No list needs more whatever its
 * length (the short-claim rule asks at least MIN_SHARED_FEATURES_SHORT), so a candidate sharing fewer
 * features with a claim, over all its lists, scores 0.
 */
export function minSharedToPass(gates: Gates): number {
  return Math.min(SCORED_MIN_SHARED, gates.features);
}

/** Mean of the weighted cosine and the weighted containment of two lists, given what they share. */
function weightedScore(shared: readonly string[], a: readonly string[], b: readonly string[], stats: FeatureStats): number {
  return meanScore(weightOf(stats, shared), listWeight(stats, a), listWeight(stats, b));
}

/** The mean of weighted cosine and weighted containment, from the shared weight and each list's weight. */
function meanScore(inter: number, wa: number, wb: number): number {
  return (inter / Math.sqrt(wa * wb) + inter / Math.min(wa, wb)) / 2;
}

/**
 * A word of one list and a word of the other that share a sense without being one concept ("hurt" /
 * "injuries": relatedConcepts) count as a shared concept at this share of the lesser of their two
 * weights. Measured before it was built, on the tuned stories' sentence pairs scored alone: at equal
 * recall about 30 fewer wrong pairs of 457. In the engine, with LINK_THRESHOLD at 0.31, recall rose at
 * unchanged precision; 0.35 and 0.75 scored the same F1 (tests/corpus/TUNING.md, session 22).
 */
export const RELATED_WEIGHT = 0.5;

/**
 * Pairs of a's and b's concepts, neither shared outright, that are related, and each the other's only
 * related concept between the two lists ("hurt" / "injuries"): a word related to two of the other's
 * could stand for either, so it counts for none. Each with how often a lists it. Both words must be
 * known to the index (its statistics), as the fast path (pairScore) sees only those.
 */
function relatedPairs(aFeatures: readonly string[], bFeatures: readonly string[], stats: FeatureStats): { f: string; g: string; n: number }[] {
  const candidates: { f: string; g: string }[] = [];
  const distinctA = [...new Set(aFeatures)];
  for (const f of distinctA) {
    if (!isConcept(f) || bFeatures.includes(f) || !stats.df.has(f)) continue;
    const related = relatedConcepts(f);
    if (related.size === 0) continue;
    for (const g of new Set(bFeatures)) if (related.has(g) && !aFeatures.includes(g) && stats.df.has(g)) candidates.push({ f, g });
  }
  const times = (xs: readonly string[], x: string) => xs.reduce((n, y) => n + (y === x ? 1 : 0), 0);
  return candidates
    .filter((c) => candidates.filter((d) => d.f === c.f).length === 1 && candidates.filter((d) => d.g === c.g).length === 1)
    .map((c) => ({ ...c, n: times(aFeatures, c.f) }));
}

function featureSimilarity(aFeatures: readonly string[], bFeatures: readonly string[], stats: FeatureStats, gates: Gates): Similarity {
  const shared = sharedFeatures(aFeatures, bFeatures);
  const related = relatedPairs(aFeatures, bFeatures, stats);
  const relatedCount = related.reduce((n, r) => n + r.n, 0);
  const concepts = shared.filter(isConcept).length + relatedCount;
  const names = shared.filter(isParticipant).length;
  const floor = scoreFloor(shared.length + relatedCount, concepts, aFeatures.length, bFeatures.length, gates, names);
  if (floor === Infinity) return { score: 0, shared, weight: 0 };
  let inter = weightOf(stats, shared);
  for (const r of related) inter += r.n * (RELATED_WEIGHT * Math.min(weightOf(stats, [r.f]), weightOf(stats, [r.g])));
  const score = meanScore(inter, listWeight(stats, aFeatures), listWeight(stats, bFeatures));
  if (score < floor) return { score: 0, shared, weight: 0 };
  return { score, shared: [...shared, ...related.map((r) => `${r.f}~${r.g}`)], weight: inter };
}

/** One feature list of a claim being matched, with how often each feature is listed. */
interface ProbeList {
  features: readonly string[];
  times: ReadonlyMap<string, number>;
  /** Its features the index knows, as sorted distinct ids (FeatureTable). */
  ids: Int32Array;
  /** Per entry of `ids`: how often the list names that feature. */
  counts: Int32Array;
  /** Per position in `features`: the entry of `ids` holding its id, or -1 for a feature the index never saw. */
  slot: Int32Array;
  /** Per entry of `ids`: 1 while it is shared with the list being scored, 2 or 3 while a related concept stands for it (scratch). */
  hit: Uint8Array;
  /** Summed weight of `features`, in their order (weightOf). */
  weight: number;
  /**
   * Ids of the index's concepts related to the list's concepts (relatedConcepts) that the list does
   * not hold itself, sorted; an id related to two of its concepts is listed twice.
   */
  relatedIds: Int32Array;
  /** Per entry of `relatedIds`: the entry of `ids` it is related to. */
  relatedFrom: Int32Array;
  /** Per entry of `relatedIds`: what it adds to the shared weight when matched (RELATED_WEIGHT × the lesser weight). */
  relatedWeight: Float64Array;
}

/**
 * A claim prepared to be scored against many index claims (similarityScore): built once per claim
 * matched, where similarity() would rebuild its lookups for every pair compared.
 */
export interface Probe {
  claim: Claim;
  full: ProbeList;
  /** Its clauses, or the full list alone when it has none (as similarity() compares them). */
  clauses: readonly ProbeList[];
  /** The states it speaks of (actingStates). */
  states: readonly string[];
  /** The months it dates something to (monthsOf). */
  months: readonly string[];
  /** `states` as a mask of the index's StateBits, or -1. */
  stateMask: number;
}

function probeList(features: readonly string[], table: FeatureTable, stats: FeatureStats): ProbeList {
  const times = new Map<string, number>();
  for (const f of features) times.set(f, (times.get(f) ?? 0) + 1);
  const known = [...times.keys()].filter((f) => table.ids.has(f)).sort((x, y) => (table.ids.get(x) as number) - (table.ids.get(y) as number));
  const ids = Int32Array.from(known, (f) => table.ids.get(f) as number);
  const entry = new Map(known.map((f, k) => [f, k]));
  const related: { id: number; from: number; weight: number }[] = [];
  known.forEach((f, k) => {
    if (table.concept[ids[k] as number] !== 1) return;
    for (const r of relatedConcepts(f)) {
      const id = table.ids.get(r);
      if (id === undefined || times.has(r)) continue;
      related.push({ id, from: k, weight: RELATED_WEIGHT * Math.min(table.weight[ids[k] as number] as number, table.weight[id] as number) });
    }
  });
  related.sort((x, y) => x.id - y.id);
  return {
    features,
    times,
    ids,
    counts: Int32Array.from(known, (f) => times.get(f) as number),
    slot: Int32Array.from(features, (f) => entry.get(f) ?? -1),
    hit: new Uint8Array(ids.length),
    weight: weightOf(stats, features),
    relatedIds: Int32Array.from(related, (r) => r.id),
    relatedFrom: Int32Array.from(related, (r) => r.from),
    relatedWeight: Float64Array.from(related, (r) => r.weight),
  };
}

export function probeOf(claim: Claim, table: FeatureTable, stats: FeatureStats, bits?: StateBits): Probe {
  const full = probeList(claim.features, table, stats);
  const states = actingStates(claim);
  return {
    claim,
    full,
    clauses: claim.clauses.length ? claim.clauses.map((l) => probeList(l, table, stats)) : [full],
    states,
    months: monthsOf(claim),
    stateMask: stateMask(states, bits),
  };
}

/** True when no feature is listed twice in any of the claim's lists. */
export function listsUnique(c: Claim): boolean {
  for (const fs of [c.features, ...c.clauses]) if (new Set(fs).size !== fs.length) return false;
  return true;
}

/**
 * featureSimilarity's score for a probe list against list k of the table (a list of an index claim
 * that repeats no feature): the gates are counted by merging the two sorted id lists, and the shared
 * weight summed in a's order, as featureSimilarity sums it, only for a pair that passes a gate.
 */
/** Scratch for pairScore: the entries of a probe list's relatedIds that meet the index list being scored. */
const RELATED_PAIRS = new Int32Array(1024);
/** Scratch for pairScore: per entry of a probe list's ids, the weight its related pair adds. */
let RELATED_WEIGHTS = new Float64Array(256);

function pairScore(a: ProbeList, table: FeatureTable, k: number, gates: Gates): number {
  if (gates === OPEN_GATES) PAIR_GATED = 0;
  if (RELATED_WEIGHTS.length < a.ids.length) RELATED_WEIGHTS = new Float64Array(a.ids.length * 2);
  const { flat, concept } = table;
  const ids = a.ids;
  const hit = a.hit;
  let shared = 0;
  let concepts = 0;
  let names = 0;
  let i = 0;
  let j = table.start[k] as number;
  const end = table.start[k + 1] as number;
  while (i < ids.length && j < end) {
    const x = ids[i] as number;
    const y = flat[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const n = a.counts[i] as number;
      shared += n;
      if (concept[x] === 1) concepts += n;
      else if (concept[x] === 2) names += n;
      hit[i] = 1;
      i++;
      j++;
    }
  }
  // Related concepts (RELATED_WEIGHT, relatedPairs): pairs of a probe concept not shared outright and
  // an index concept, each the other's only related one in the two lists.
  const rel = a.relatedIds;
  if (rel.length > 0) {
    let found = 0;
    let r = 0;
    let q = table.start[k] as number;
    while (r < rel.length && q < end) {
      const x = rel[r] as number;
      const y = flat[q] as number;
      if (x < y) r++;
      else if (x > y) q++;
      else {
        // rel may list one id for several of the probe's concepts: each is a pair.
        if (hit[a.relatedFrom[r] as number] === 0 && found < RELATED_PAIRS.length) RELATED_PAIRS[found++] = r;
        r++;
      }
    }
    for (let p = 0; p < found; p++) {
      const e = RELATED_PAIRS[p] as number;
      const from = a.relatedFrom[e] as number;
      let alone = true;
      for (let o = 0; o < found && alone; o++) {
        if (o === p) continue;
        const other = RELATED_PAIRS[o] as number;
        if (a.relatedFrom[other] === from || rel[other] === rel[e]) alone = false;
      }
      if (!alone) continue;
      const n = a.counts[from] as number;
      shared += n;
      concepts += n;
      hit[from] = 2;
      RELATED_WEIGHTS[from] = n * (a.relatedWeight[e] as number);
    }
  }
  if (shared === 0) return 0;
  let score = 0;
  const floor = scoreFloor(shared, concepts, a.features.length, table.listLength[k] as number, gates, names);
  if (floor !== Infinity) {
    let inter = 0;
    for (let p = 0; p < a.slot.length; p++) {
      const s = a.slot[p] as number;
      if (s >= 0 && hit[s] === 1) inter += table.weight[ids[s] as number] as number;
    }
    // Then the related pairs, in the order the list first names their concepts (as similarity() adds them).
    for (let p = 0; p < a.slot.length; p++) {
      const s = a.slot[p] as number;
      if (s >= 0 && hit[s] === 2) {
        inter += RELATED_WEIGHTS[s] as number;
        hit[s] = 3;
      }
    }
    score = meanScore(inter, a.weight, table.listWeight[k] as number);
    // Under OPEN_GATES, the same pair's score under STRICT_GATES too: the shared weight is summed the
    // same way under any gates, so it is the number a second pairScore under STRICT_GATES would give.
    if (gates === OPEN_GATES) {
      const strict = scoreFloor(shared, concepts, a.features.length, table.listLength[k] as number, STRICT_GATES, names);
      PAIR_GATED = score >= strict ? score : 0;
    }
    if (score < floor) score = 0;
    PAIR_WEIGHT = score > 0 ? inter : 0;
  }
  hit.fill(0);
  return score;
}

/** Scratch: the shared weight of the last pair pairScore scored above 0, then of bestListPair's best pair. */
let PAIR_WEIGHT = 0;
/** Scratch: under OPEN_GATES, the last pair's score under STRICT_GATES, then bestListPair's best such score. */
let PAIR_GATED = 0;

/** What the matcher knows of an index claim, for similarityScore. */
export interface IndexClaim {
  claim: Claim;
  /** Its position in the index (its lists in the FeatureTable). */
  at: number;
  /** listsUnique(claim): no feature list repeats a feature. */
  unique: boolean;
  /** actingStates(claim). */
  states: readonly string[];
  /** monthsOf(claim). */
  months: readonly string[];
  /** `states` as a mask of the index's StateBits, or -1. */
  stateMask: number;
}

/**
 * The best pair of lists similarity() compares (the whole sentences, then each probe clause against
 * each of b's clauses, or its full list when it has none), for index claim `at` that repeats no
 * feature: its score, or with `clause`, the probe clause it came from (-1: the whole sentence). One
 * number back, no object per pair: a page scores tens of thousands of pairs.
 */
function bestListPair(p: Probe, at: number, table: FeatureTable, gates: Gates, clause: boolean): number {
  const first = table.firstList[at] as number;
  const last = (table.firstList[at + 1] as number) - 1;
  let best = pairScore(p.full, table, first, gates);
  let weight = best > 0 ? PAIR_WEIGHT : 0;
  let gated = PAIR_GATED;
  let which = -1;
  if (p.clauses.length > 1 || last > first + 1) {
    const from = last > first ? first + 1 : first;
    for (let c = 0; c < p.clauses.length; c++) for (let k = from; k <= last; k++) {
      const s = pairScore(p.clauses[c] as ProbeList, table, k, gates);
      if (PAIR_GATED > gated) gated = PAIR_GATED;
      if (s > best) {
        best = s;
        weight = PAIR_WEIGHT;
        which = c;
      }
    }
  }
  PAIR_WEIGHT = weight;
  PAIR_GATED = gated;
  return clause ? which : best;
}

/**
 * similarity(probe.claim, b.claim, stats, gates).score, computed faster for an index claim whose
 * feature lists repeat no feature (b.unique); any other goes through similarity() itself.
 */
export function similarityScore(p: Probe, b: IndexClaim, table: FeatureTable, stats: FeatureStats, gates: Gates): number {
  if (!b.unique) return similarity(p.claim, b.claim, stats, gates).score;
  if (statesDiffer(p, b)) return 0;
  return withMonthBonus(bestListPair(p, b.at, table, gates, false), p.months, b.months);
}

/**
 * Gates any pair sharing two features passes: the link model (link-model.ts) weighs for itself what
 * the gates count (shared concepts, names, figures), so it is given every pair that shares something.
 */
export const OPEN_GATES: Gates = { concepts: 0, features: 2 };

/**
 * A pair's score under OPEN_GATES, the summed weight of what its best pair of lists shares, and its
 * score under STRICT_GATES (`gated`: similarityScore's, 0 when the gates fail).
 */
export interface PairEvidence {
  score: number;
  weight: number;
  gated: number;
}

/** similarity(probe.claim, b.claim, stats, OPEN_GATES)'s score and shared weight, and the STRICT_GATES score, in one pass where b allows it. */
export function pairEvidence(p: Probe, b: IndexClaim, table: FeatureTable, stats: FeatureStats): PairEvidence {
  if (!b.unique) {
    const s = similarity(p.claim, b.claim, stats, OPEN_GATES);
    return { score: s.score, weight: s.score > 0 ? s.weight : 0, gated: s.score > 0 ? similarity(p.claim, b.claim, stats, STRICT_GATES).score : 0 };
  }
  if (statesDiffer(p, b)) return { score: 0, weight: 0, gated: 0 };
  const best = bestListPair(p, b.at, table, OPEN_GATES, false);
  if (best <= 0) return { score: 0, weight: 0, gated: 0 };
  return { score: withMonthBonus(best, p.months, b.months), weight: PAIR_WEIGHT, gated: withMonthBonus(PAIR_GATED, p.months, b.months) };
}

/**
 * Which of the probe's clauses gives its best score against index claim b (similarityScore's
 * comparison, before the month bonus): its position in p.clauses, or -1 when the whole sentence scores
 * best, the probe has one clause only, or b repeats a feature (scored the slow way).
 */
export function bestProbeClause(p: Probe, b: IndexClaim, table: FeatureTable, gates: Gates): number {
  if (p.clauses.length < 2 || !b.unique || statesDiffer(p, b)) return -1;
  return bestListPair(p, b.at, table, gates, true);
}
