import type { Claim } from '../claims/schema';
import { statesOf } from '../claims/entities';
import { featureWeight, type FeatureStats } from './weights';

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

/**
 * States that act in one claim but not the other. Russia's bounties and Iran's bounties read alike
 * word for word; what tells the two stories apart is who acted, so each side naming a state the other
 * does not means two different facts.
 */
export function statesDisagree(a: Claim, b: Claim): boolean {
  // A sentence naming no state speaks of the one its article was just speaking of.
  const states = (c: Claim) => {
    const own = statesOf(c.entities);
    return new Set(own.length > 0 ? own : c.contextStates);
  };
  const sa = states(a);
  const sb = states(b);
  const onlyA = [...sa].some((s) => !sb.has(s));
  const onlyB = [...sb].some((s) => !sa.has(s));
  return onlyA && onlyB;
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

function featureSimilarity(aFeatures: readonly string[], bFeatures: readonly string[], stats: FeatureStats, gates: Gates): Similarity {
  const setB = new Set(bFeatures);
  const shared = aFeatures.filter((f) => setB.has(f));
  const concepts = shared.filter((f) => !f.startsWith('e:')).length;
  const shortSide = Math.min(aFeatures.length, bFeatures.length);
  const enough = concepts >= gates.concepts && shared.length >= gates.features;
  // A short claim ("Russia denied the allegations.", "Report: Iran Paid Bounty to Haqqani Network")
  // has too few features to pass the gates above; it may match when nearly all of it is shared.
  const shortCovered = concepts >= 1 && shared.length >= MIN_SHARED_FEATURES_SHORT && shared.length >= SHORT_CLAIM_COVERAGE * shortSide;
  if (!enough && !shortCovered) {
    return { score: 0, shared };
  }
  const w = (f: string) => featureWeight(stats, f);
  const sum = (fs: readonly string[]) => fs.reduce((s, f) => s + w(f), 0);
  const inter = sum(shared);
  const wa = sum(aFeatures);
  const wb = sum(bFeatures);
  const cosine = inter / Math.sqrt(wa * wb);
  const containment = inter / Math.min(wa, wb);
  return { score: (cosine + containment) / 2, shared };
}
