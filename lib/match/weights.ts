import type { Claim } from '../claims/schema';

/** Document frequencies of features over the index's claims, and the claim count. */
export interface FeatureStats {
  df: ReadonlyMap<string, number>;
  claims: number;
}

/**
 * Inverse document frequency: a feature every claim has (e:us, troops) says little that two claims
 * share a fact; a rare one (e:soleimani, injure) says much. A feature the index never saw weighs as
 * one seen once: it is content the other side lacks.
 */
export function featureWeight(stats: FeatureStats, feature: string): number {
  const df = Math.max(1, stats.df.get(feature) ?? 0);
  return Math.log(1 + stats.claims / df);
}

export function collectStats(claims: readonly Claim[]): FeatureStats {
  const df = new Map<string, number>();
  for (const c of claims) for (const f of c.features) df.set(f, (df.get(f) ?? 0) + 1);
  return { df, claims: claims.length };
}
