import type { Claim } from '../claims/schema';
import { DAY_PREFIX } from '../claims/features';

/** Document frequencies of features over the index's claims, and the claim count. */
export interface FeatureStats {
  df: ReadonlyMap<string, number>;
  claims: number;
}

/**
 * Inverse document frequency: a feature every claim has (a common country, "people") says little that
 * two claims share a fact; a rare one (a person's name, "injure") says much. A feature the index never
 * saw weighs as one seen once: it is content the other side lacks.
 */
export function featureWeight(stats: FeatureStats, feature: string): number {
  const df = Math.max(1, stats.df.get(feature) ?? 0);
  const w = Math.log(1 + stats.claims / df);
  return feature.startsWith(DAY_PREFIX) ? DAY_WEIGHT * w : w;
}

/**
 * A day (`d:` features, lib/claims/features.ts) weighs this many times a word as rare. It counts in the
 * gates as a concept. Above 1 because a day is what tells a story's events apart: one side's day that
 * the other lacks lowers their score more than a missing word, so sentences on two days of one story
 * link less. Tuned stories (tests/corpus/TUNING.md, session 22): 0.5 gave F1 0.747, 1 gave 0.752 with
 * one false alarm fewer, 1.5 gave 0.753, 2 the same F1 with one false alarm more.
 */
export const DAY_WEIGHT = 1.5;

/** Weights already computed, per stats object (a matcher's stats never change). */
const weightCache = new WeakMap<FeatureStats, Map<string, number>>();

/**
 * featureWeight, remembered for the features the index knows: the same number, computed once. Others
 * (a page's own words) are computed each time, so pages read over a long session do not pile up here.
 */
function cachedWeight(stats: FeatureStats, feature: string): number {
  if (!stats.df.has(feature)) return featureWeight(stats, feature);
  let cache = weightCache.get(stats);
  if (!cache) weightCache.set(stats, (cache = new Map()));
  let w = cache.get(feature);
  if (w === undefined) cache.set(feature, (w = featureWeight(stats, feature)));
  return w;
}

/** Summed weight of a list of features, added in list order. */
export function weightOf(stats: FeatureStats, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += cachedWeight(stats, f);
  return sum;
}

/** Summed weights of feature lists that are matched again and again (the index's claims and clauses), kept per stats and list. */
const listCache = new WeakMap<FeatureStats, WeakMap<readonly string[], number>>();
export function listWeight(stats: FeatureStats, features: readonly string[]): number {
  let cache = listCache.get(stats);
  if (!cache) listCache.set(stats, (cache = new WeakMap()));
  let w = cache.get(features);
  if (w === undefined) cache.set(features, (w = weightOf(stats, features)));
  return w;
}

export function collectStats(claims: readonly Claim[]): FeatureStats {
  const df = new Map<string, number>();
  for (const c of claims) for (const f of c.features) df.set(f, (df.get(f) ?? 0) + 1);
  return { df, claims: claims.length };
}
