import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, quantile, summarize, timeRuns } from '../../scripts/bench/stats';

describe('benchmark statistics', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.1, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9, 10],
  ])('quantile(%j, %d) = %d', (xs, q, want) => {
    expect(quantile(xs, q)).toBeCloseTo(want);
  });

  it('summarizes unsorted samples: median, min, max, p10, p90', () => {
    expect(summarize([9, 1, 5, 3, 7])).toEqual({ n: 5, median: 5, min: 1, max: 9, p10: 1.8, p90: 8.2 });
    expect(summarize([]).n).toBe(0);
  });

  it('keeps warm-up runs out of the samples', () => {
    let t = 0;
    let calls = 0;
    const times = timeRuns(() => calls++, 3, 2, () => (t += 10));
    expect(calls).toBe(5);
    expect(times).toEqual([10, 10, 10]);
  });

  it.each([
    [0.25, '250 µs'],
    [12.345, '12.3 ms'],
    [2500, '2.50 s'],
  ])('formats %d ms as %s', (ms, want) => expect(formatMs(ms)).toBe(want));

  it('formats bytes in KB of 1,024', () => {
    expect(formatBytes(3072)).toBe('3.0 KB');
    expect(formatBytes(512)).toBe('512 B');
  });
});
