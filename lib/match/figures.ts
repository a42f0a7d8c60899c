import type { Claim } from '../claims/schema';
import { countsOfThings } from '../claims/count-of-things';

/**
 * Figures as evidence of one fact. Two outlets that restate a fact in other words often keep its
 * figure: "FIFA said the attendance was 88,966" / "A crowd of more than 88,000 watched the match",
 * "drew a record 8.06 million simultaneous viewers" / "More than eight million people watched". The
 * words share too little for the gates, the figure is the fact. A figure is such evidence only when
 * it is distinctive: a count of hundreds or more, a figure with decimals, a percentage. Small whole
 * numbers (ages, "two goals", "three days") and years name too many things in one story.
 */

type Quantity = Claim['quantities'][number];

/**
 * Whole figures below this are not distinctive (a player's age, a score, a number of days); 100 keeps
 * tolls, crowds, job cuts and sums, and loses the small tolls the words usually match anyway.
 */
export const MIN_DISTINCTIVE_WHOLE = 100;
/** A percentage below this is too common in one story to stand for a fact ("1.5%" for a rate, a market, a forecast). */
export const MIN_DISTINCTIVE_PERCENT = 5;
/**
 * How far an open figure reaches when it is compared as evidence: "more than 88,000" is read as
 * 88,000–105,600, "up to 500" as 400–500, "about 40" as 38–42 (half the slack each way). Reporters
 * write "more than" just under the figure they round; a reach of a fifth keeps "more than 11,000" from
 * standing for 87,000 employees. Used only to find candidates: compare still reads the figures' own
 * intervals.
 */
export const OPEN_FIGURE_REACH = 0.2;
/** An exact figure is read within this share of itself, so that a rounded "8.06 million" meets "8.1 million". */
const EXACT_REACH = 0.01;

/** The counted key of a figure that names nothing it counts (lib/claims/quantities.ts). */
const UNCOUNTED = 'unknown';

/** A plain whole number in this range, written without separators, is read as a year. */
const YEAR_MIN = 1000;
const YEAR_MAX = 2100;

/** True when a figure can stand for a fact (see the file's comment). */
export function isDistinctive(q: Quantity): boolean {
  const v = q.value;
  if (v === null || q.qualifier === 'vague') return false;
  // A plain four-digit whole number in a year's range is read as a year ("since 1986", "in 1873").
  if (Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX && q.qualifier === 'exact' && !/[,.]/.test(q.figure)) return false;
  if (q.counted.startsWith('percent')) return v >= MIN_DISTINCTIVE_PERCENT;
  // A measure is judged as written ("16,000ft", "29kg"), not as converted to its base unit.
  if (q.counted.startsWith('measure:')) {
    const written = Number(q.figure.replace(/[^\d.]/g, ''));
    return written >= MIN_DISTINCTIVE_WHOLE || /\d\.\d/.test(q.figure);
  }
  return v >= MIN_DISTINCTIVE_WHOLE || !Number.isInteger(v);
}

/** The range a figure reaches as evidence (OPEN_FIGURE_REACH). */
export function reach(q: Quantity): [number, number] {
  const v = q.value ?? 0;
  switch (q.qualifier) {
    case 'more-than':
    case 'at-least':
      return [v, v * (1 + OPEN_FIGURE_REACH)];
    case 'up-to':
    case 'less-than':
      return [v * (1 - OPEN_FIGURE_REACH), v];
    case 'about':
      return [v * (1 - OPEN_FIGURE_REACH / 2), v * (1 + OPEN_FIGURE_REACH / 2)];
    default:
      return [v * (1 - EXACT_REACH), v * (1 + EXACT_REACH)];
  }
}

/** Two distinctive figures that may state one fact: the same counted key (or counts in the thousands, countsOfThings) and reaches that meet. */
export function figuresMeet(a: Quantity, b: Quantity): boolean {
  if (a.counted !== b.counted && !(countsOfThings(a) && countsOfThings(b))) return false;
  const [a0, a1] = reach(a);
  const [b0, b1] = reach(b);
  return a0 <= b1 && b0 <= a1;
}

/**
 * True when two claims give figures of one counted thing that cannot be one figure ("7,500 employees"
 * / "more than 11,000 employees"): a shared figure elsewhere in the two sentences is then no evidence
 * that they state one fact (Lyft's "13%" of its staff beside Twitter's 7,500 employees, against Meta's
 * 13% and 11,000). Figures that name nothing they count are left out.
 */
export function figuresClash(a: Pick<Claim, 'quantities'>, b: Pick<Claim, 'quantities'>): boolean {
  for (const x of a.quantities) {
    if (x.value === null || x.counted === UNCOUNTED) continue;
    for (const y of b.quantities) {
      if (y.value === null || y.counted !== x.counted) continue;
      const [x0, x1] = reach(x);
      const [y0, y1] = reach(y);
      if (x0 > y1 || y0 > x1) return true;
    }
  }
  return false;
}

/** The claim's distinctive figures. */
export function distinctiveFigures(c: Pick<Claim, 'quantities'>): Quantity[] {
  return c.quantities.filter(isDistinctive);
}

/**
 * Distinctive figures of many claims, sorted by the low end of their reach, so that the figures a
 * probe's figure meets are found by one binary search (a page against a large index has thousands).
 */
export interface FigureTable {
  /** Low end of each figure's reach, ascending. */
  low: Float64Array;
  /** High end of each figure's reach. */
  high: Float64Array;
  /** The claim position each figure belongs to. */
  at: Int32Array;
  /** The figure itself. */
  figures: readonly Quantity[];
  /** The largest reach width seen (high / low), to bound the search. */
  widest: number;
}

export function figureTable(claims: readonly Pick<Claim, 'quantities'>[]): FigureTable {
  const rows: { low: number; high: number; at: number; q: Quantity }[] = [];
  claims.forEach((c, at) => {
    for (const q of distinctiveFigures(c)) {
      const [low, high] = reach(q);
      rows.push({ low, high, at, q });
    }
  });
  rows.sort((x, y) => x.low - y.low || x.at - y.at);
  let widest = 1;
  for (const r of rows) if (r.low > 0) widest = Math.max(widest, r.high / r.low);
  return {
    low: Float64Array.from(rows, (r) => r.low),
    high: Float64Array.from(rows, (r) => r.high),
    at: Int32Array.from(rows, (r) => r.at),
    figures: rows.map((r) => r.q),
    widest,
  };
}

/** Positions of the claims holding a figure that meets one of `figures` (each once, ascending). */
export function claimsMeeting(t: FigureTable, figures: readonly Quantity[]): number[] {
  const out = new Set<number>();
  for (const q of figures) {
    const [lo, hi] = reach(q);
    // Every row whose reach can meet [lo, hi] has low ≤ hi and high ≥ lo, so low ≥ lo / widest.
    let i = lowerBound(t.low, lo / t.widest);
    for (; i < t.low.length && (t.low[i] as number) <= hi; i++) {
      if ((t.high[i] as number) < lo) continue;
      if (figuresMeet(q, t.figures[i] as Quantity)) out.add(t.at[i] as number);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function lowerBound(xs: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
