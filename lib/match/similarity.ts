import type { Claim } from '../claims/schema';
import { statesOf } from '../claims/entities';
import { listWeight, weightOf, type FeatureStats } from './weights';

/**
 * Shared concepts (not entities) two claims need before they can state one fact. A council meeting
 * "on December 11" that hired "more than 70" teachers shares numbers and a date with the Bagram
 * report but not two content words, so it never links.
 */
export const MIN_SHARED_CONCEPTS = 2;
/**
 * Shared features of any kind (concepts, entities, counted classes) needed. With 3 the held-out set
 * gained no correct link and got 1 conflict false alarm (threshold 0.40); 4 keeps it at 0.
 */
export const MIN_SHARED_FEATURES = 4;

/** Content words and counted classes; not entities (`e:`) nor stated figures (`q:`), which two unrelated reports share as easily. */
const isConcept = (f: string) => !f.startsWith('e:') && !f.startsWith('q:');

/**
 * States that act in one claim but not the other. Russia's bounties and Iran's bounties read alike
 * word for word; what tells the two stories apart is who acted, so each side naming a state the other
 * does not means two different facts.
 */
export function statesDisagree(a: Claim, b: Claim): boolean {
  const sa = actingStates(a);
  const sb = actingStates(b);
  const onlyA = sa.some((s) => !sb.includes(s));
  const onlyB = sb.some((s) => !sa.includes(s));
  return onlyA && onlyB;
}

/** The states a claim speaks of: those it names, or else the ones its article was just speaking of (a sentence naming no state). */
function actingStates(c: Claim): readonly string[] {
  const own = statesOf(c.entities);
  return own.length > 0 ? own : c.contextStates;
}

/** Shared features a short claim needs at the least. */
export const MIN_SHARED_FEATURES_SHORT = 3;
/** Share of a short claim's features that must be shared: all of them (0.75 let in held-out false links: F1 0.730 → 0.723). */
export const SHORT_CLAIM_COVERAGE = 1;

/** How much two claims must share before they are scored at all. */
export interface Gates { concepts: number; features: number }
export const STRICT_GATES: Gates = { concepts: MIN_SHARED_CONCEPTS, features: MIN_SHARED_FEATURES };
/**
 * Gates for a candidate that the index itself already links to a sentence the page matched: the
 * corroboration stands in for part of the evidence ("Report: Iran Paid Bounty to Haqqani Network"
 * shares only Iran, Haqqani and "paid" with the Pentagon-document sentence).
 */
export const CORROBORATED_GATES: Gates = { concepts: 1, features: 3 };

export interface Similarity {
  score: number;
  shared: string[];
}

/**
 * How strongly two claims state the same fact, 0..1: the mean of the weighted cosine (penalises a
 * long sentence matching a short one on little) and the weighted containment (a short sentence fully
 * inside a long two-fact sentence still matches). Zero when a gate fails.
 */
export function similarity(a: Claim, b: Claim, stats: FeatureStats, gates: Gates = STRICT_GATES): Similarity {
  if (statesDisagree(a, b)) return { score: 0, shared: [] };
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
  return best;
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
 * The gates: enough shared concepts and features, or a short claim ("Russia denied the allegations.",
 * "Report: Iran Paid Bounty to Haqqani Network") too small for them whose features are nearly all shared.
 */
function passesGates(shared: number, concepts: number, aLength: number, bLength: number, gates: Gates): boolean {
  const enough = concepts >= gates.concepts && shared >= gates.features;
  const shortCovered = concepts >= 1 && shared >= MIN_SHARED_FEATURES_SHORT && shared >= SHORT_CLAIM_COVERAGE * Math.min(aLength, bLength);
  return enough || shortCovered;
}

/** Mean of the weighted cosine and the weighted containment of two lists, given what they share. */
function weightedScore(shared: readonly string[], a: readonly string[], b: readonly string[], stats: FeatureStats): number {
  const inter = weightOf(stats, shared);
  const wa = listWeight(stats, a);
  const wb = listWeight(stats, b);
  return (inter / Math.sqrt(wa * wb) + inter / Math.min(wa, wb)) / 2;
}

function featureSimilarity(aFeatures: readonly string[], bFeatures: readonly string[], stats: FeatureStats, gates: Gates): Similarity {
  const shared = sharedFeatures(aFeatures, bFeatures);
  const concepts = shared.filter(isConcept).length;
  if (!passesGates(shared.length, concepts, aFeatures.length, bFeatures.length, gates)) return { score: 0, shared };
  return { score: weightedScore(shared, aFeatures, bFeatures, stats), shared };
}

/** One feature list of a claim being matched, with how often each feature is listed. */
interface ProbeList {
  features: readonly string[];
  times: ReadonlyMap<string, number>;
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
}

function probeList(features: readonly string[]): ProbeList {
  const times = new Map<string, number>();
  for (const f of features) times.set(f, (times.get(f) ?? 0) + 1);
  return { features, times };
}

export function probeOf(claim: Claim): Probe {
  const full = probeList(claim.features);
  return { claim, full, clauses: claim.clauses.length ? claim.clauses.map(probeList) : [full] };
}

/** True when no feature is listed twice in any of the claim's lists. */
export function listsUnique(c: Claim): boolean {
  for (const fs of [c.features, ...c.clauses]) if (new Set(fs).size !== fs.length) return false;
  return true;
}

/**
 * featureSimilarity's score for a probe list against a list of an index claim whose lists repeat no
 * feature: the gates are counted by looking each of b's features up in the probe, and the weights
 * summed, in a's order as featureSimilarity sums them, only for a pair that passes a gate.
 */
function pairScore(a: ProbeList, b: readonly string[], stats: FeatureStats, gates: Gates): number {
  let shared = 0;
  let concepts = 0;
  for (const f of b) {
    const n = a.times.get(f);
    if (n === undefined) continue;
    shared += n;
    if (isConcept(f)) concepts += n;
  }
  if (!passesGates(shared, concepts, a.features.length, b.length, gates)) return 0;
  return weightedScore(sharedFeatures(a.features, b), a.features, b, stats);
}

/**
 * similarity(probe.claim, b, stats, gates).score, computed faster for an index claim b whose feature
 * lists repeat no feature (listsUnique(b)); any other b goes through similarity() itself.
 */
export function similarityScore(p: Probe, b: Claim, stats: FeatureStats, gates: Gates, bUnique: boolean): number {
  if (!bUnique) return similarity(p.claim, b, stats, gates).score;
  if (statesDisagree(p.claim, b)) return 0;
  let best = pairScore(p.full, b.features, stats, gates);
  const bs = b.clauses.length ? b.clauses : [b.features];
  if (p.clauses.length > 1 || bs.length > 1) {
    for (const x of p.clauses) for (const y of bs) {
      const s = pairScore(x, y, stats, gates);
      if (s > best) best = s;
    }
  }
  return best;
}
