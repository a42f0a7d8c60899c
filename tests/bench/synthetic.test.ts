import { describe, expect, it } from 'vitest';
import { benchArticle, countWords, mixOf, prng, syntheticArticles } from '../../scripts/bench/synthetic';

describe('synthetic benchmark data', () => {
  it('is deterministic: the same seed gives the same sequence, another seed another', () => {
    const a = prng(7);
    const b = prng(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(prng(8)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes an index of exactly n articles with unique ids, the seeds first', () => {
    const articles = syntheticArticles(40);
    expect(articles).toHaveLength(40);
    expect(new Set(articles.map((a) => a.id)).size).toBe(40);
    expect(articles.slice(0, 5).every((a) => !a.id.startsWith('syn-'))).toBe(true);
    expect(JSON.stringify(syntheticArticles(40))).toBe(JSON.stringify(articles));
  });

  it('mixes same-story copies, look-alikes and filler as documented', () => {
    expect(mixOf(10_000)).toEqual({ seeds: 5, sameStory: 100, lookalike: 500, filler: 9395 });
  });

  it('writes pages of about the asked length', () => {
    for (const words of [1000, 2000]) {
      const n = countWords(benchArticle(words).text);
      expect(n).toBeGreaterThan(words * 0.95);
      expect(n).toBeLessThan(words * 1.05);
    }
  });
});
