import type { SentenceAnnotation } from '../annotate/schema';
import { findQuantities } from '../claims/quantities';

/** One outlet's figure on an axis: the interval its wording allows. */
export interface AxisPoint {
  outlet: string;
  /** Smallest value the wording allows. */
  min: number;
  /** Largest value the wording allows; null when open-ended ("more than 70"). */
  max: number | null;
  /** The wording, as written ("more than 75 others were injured"). */
  text: string;
  /** True for the page being read. */
  here: boolean;
  /** When the outlet published it (YYYY-MM-DD), if known. */
  date?: string;
}

/** One figure of the page that other outlets state differently, and every outlet's value for it. */
export interface NumberAxis {
  /** The page's wording of the figure ("more than 70 others"). */
  label: string;
  /** The page first, then the outlets in link order; in date order when `byDate`. */
  points: AxisPoint[];
  /** The points carry at least two different dates and are drawn earliest first (a figure revised between reports reads top to bottom). */
  byDate?: true;
}

/**
 * Points earliest first when they carry two or more different dates (undated ones last, link order
 * among equals: the sort is stable); otherwise as they are.
 */
function inDateOrder(points: AxisPoint[]): { points: AxisPoint[]; byDate?: true } {
  const dates = new Set(points.flatMap((p) => (p.date ? [p.date] : [])));
  if (dates.size < 2) return { points };
  const key = (p: AxisPoint) => p.date ?? '9999-99-99';
  return { points: [...points].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)), byDate: true };
}

/** Interval bounds are shown, not computed on: six decimals hide "more than 70"'s 70 + 1e-9. */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function intervalOf(text: string): { min: number; max: number | null } | null {
  const q = findQuantities(text)[0];
  if (!q) return null;
  return { min: tidy(q.min), max: q.max === null ? null : tidy(q.max) };
}

/**
 * The figures to chart for one fact: one axis per figure of the page sentence that some outlet states
 * differently ("more than 70 others": the page 70..∞, outlet B 75..∞, outlet C's "dozens" 24..99).
 * Wording whose figure cannot be read is left out; an axis with no other outlet on it is dropped.
 */
export function numberAxis(a: SentenceAnnotation, pageOutlet: string, pageDate?: string): NumberAxis[] {
  const axes = new Map<string, NumberAxis>();
  for (const link of a.links) {
    for (const d of link.differences) {
      if (d.kind !== 'number') continue;
      const key = d.here.trim().toLowerCase().replace(/\s+/g, ' ');
      let axis = axes.get(key);
      if (!axis) {
        const here = intervalOf(d.here);
        if (!here) continue;
        axis = { label: d.here, points: [{ outlet: pageOutlet, ...here, text: d.here, here: true, ...(pageDate ? { date: pageDate } : {}) }] };
        axes.set(key, axis);
      }
      const there = intervalOf(d.there);
      if (!there) continue;
      if (axis.points.some((p) => !p.here && p.outlet === link.outlet && p.text === d.there)) continue;
      axis.points.push({ outlet: link.outlet, ...there, text: d.there, here: false, ...(link.date ? { date: link.date } : {}) });
    }
  }
  return [...axes.values()].filter((x) => x.points.length > 1).map((x) => ({ ...x, ...inDateOrder(x.points) }));
}

/** The stretch of numbers an axis shows, and where its tick marks go. */
export interface AxisScale {
  lo: number;
  hi: number;
  ticks: number[];
}

/** Tick spacing of 1, 2 or 5 times a power of ten, about `count` ticks across. */
function step(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * power;
}

/**
 * The range drawn for an axis: every stated bound, with a quarter of the spread as margin (at least
 * a tenth of the largest value) so an open-ended bar still visibly runs on past the last figure, and
 * never below zero since these are counts and amounts.
 */
export function axisScale(axis: NumberAxis, tickCount = 4): AxisScale {
  const values = axis.points.flatMap((p) => (p.max === null ? [p.min] : [p.min, p.max]));
  const least = Math.min(...values);
  const most = Math.max(...values);
  const pad = Math.max((most - least) * 0.25, Math.abs(most) * 0.1, 1);
  const lo = Math.max(0, least - pad);
  const hi = most + pad;
  const s = step(hi - lo, tickCount);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / s) * s; t <= hi + 1e-9; t += s) ticks.push(tidy(t));
  return { lo, hi, ticks };
}
