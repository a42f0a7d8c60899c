/** Summaries of repeated timings: median and spread, as the benchmark reports them. */

export interface Summary {
  /** Number of samples (after warm-up runs, which are never included). */
  n: number;
  median: number;
  min: number;
  max: number;
  /** 10th and 90th percentiles (linear interpolation between order statistics). */
  p10: number;
  p90: number;
}

/** The q-quantile (0..1) of sorted samples, interpolating linearly between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    p10: quantile(s, 0.1),
    p90: quantile(s, 0.9),
  };
}

/** Milliseconds for people: 3 significant figures, µs below 1 ms. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

/** A summary as "median (min–max)". */
export function formatSummary(s: Summary): string {
  return s.n <= 1 ? formatMs(s.median) : `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})`;
}

/** Bytes for people (KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Runs fn `warmup` times unmeasured, then `runs` times measured; returns the measured durations (ms).
 * fn's own result is kept in a sink so the work cannot be optimised away.
 */
export function timeRuns(fn: () => unknown, runs: number, warmup: number, now: () => number = () => performance.now()): number[] {
  const sink: unknown[] = [];
  for (let i = 0; i < warmup; i++) sink.push(fn());
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    sink.push(fn());
    out.push(now() - t0);
    sink.length = 0;
  }
  return out;
}
