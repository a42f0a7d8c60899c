import type { Claim } from '../claims/schema';
import type { Index } from '../index/schema';
import { STOPWORDS } from '../text/stopwords';
import { stem, tokenize } from '../text/tokens';

/**
 * The naive baseline the eval prints beside Parallax: TF-IDF cosine over stemmed words, best sentence
 * per other source above a fixed threshold, no entities, no synonyms, no gates.
 */
export const BASELINE_THRESHOLD = 0.3;

const terms = (text: string) => tokenize(text).map((t) => t.lower).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem);

export interface BaselineMatch { claim: Claim; score: number }

export function createBaseline(index: Index) {
  const docs = index.claims.map((c) => terms(c.text));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const vector = (ts: string[]) => {
    const v = new Map<string, number>();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + n / Math.max(1, df.get(t) ?? 0)));
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const vectors = docs.map(vector);
  return (text: string, exclude: ReadonlySet<string>): BaselineMatch[] => {
    const q = vector(terms(text));
    const qn = norm(q);
    const best = new Map<string, BaselineMatch>();
    index.claims.forEach((c, i) => {
      if (exclude.has(c.sourceId)) return;
      const v = vectors[i];
      if (!v || qn === 0) return;
      let dot = 0;
      for (const [t, w] of q) dot += w * (v.get(t) ?? 0);
      const s = dot / (qn * norm(v) || 1);
      if (s < BASELINE_THRESHOLD) return;
      const prev = best.get(c.sourceId);
      if (!prev || s > prev.score) best.set(c.sourceId, { claim: c, score: s });
    });
    return [...best.values()];
  };
}
