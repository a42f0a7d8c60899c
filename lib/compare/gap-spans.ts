import type { Claim } from '../claims/schema';
import type { RelativeTime } from '../claims/durations';
import type { Quantity } from '../claims/quantities';
import { NONE, type Difference } from './difference';

/**
 * A span of time an event ended: "after" and the span, then what it was a span of ("died after 118
 * days in office", "resigned after just six weeks in the job", "after 17 days trapped underground").
 * English grammar of duration, no story's words.
 */
const AFTER_SPAN = /\bafter\s+(?:(?:just|only|nearly|almost|about|around|some|more\s+than|less\s+than)\s+)?$/i;

/** Two intervals of days meet (a span told in weeks is already widened to its rounding: "six weeks" is 38.5–45.5 days). */
const overlap = (aMin: number, aMax: number, bMin: number, bMax: number): boolean => aMin <= bMax + 1e-9 && bMin <= aMax + 1e-9;

/**
 * One duration told two ways: as a gap after an event on one side ("died 119 days after becoming
 * prime minister", "resigned just 45 days after taking office") and as a span ending with the event
 * on the other ("died after 118 days in office", "resigned after just six weeks in office"). The
 * claims reader keeps the first as a relative time (durations.ts) and the second as a span
 * (quantities.ts), so neither comparison of figures nor of gaps sets them side by side. Each side's
 * one such reading only; two that cannot both hold (two exact counts of days) are a conflict, two
 * that can (a count of weeks against one of days it rounds) a detail.
 */
export function compareGapWithSpan(here: Claim, there: Claim): readonly Difference[] {
  if (here.relativeTimes.length === 0 && there.relativeTimes.length === 0) return NONE;
  const d = oneWay(here, there, true) ?? oneWay(there, here, false);
  return d ? [d] : NONE;
}

function oneWay(gapSide: Claim, spanSide: Claim, gapIsHere: boolean): Difference | null {
  const gaps = gapSide.relativeTimes.filter((g) => !g.vague && /\bafter\b/i.test(g.text));
  if (gaps.length !== 1 || spanSide.relativeTimes.length > 0) return null;
  const spans = spanSide.quantities.filter((q) => q.counted === 'span' && AFTER_SPAN.test(spanSide.text.slice(Math.max(0, q.start - 30), q.start)));
  if (spans.length !== 1) return null;
  // The span side states no gap of its own, and the gap side no span: one duration each.
  if (gapSide.quantities.some((q) => q.counted === 'span')) return null;
  const g = gaps[0] as RelativeTime;
  const s = spans[0] as Quantity;
  const sMax = s.max ?? Number.POSITIVE_INFINITY;
  if (Math.abs(g.minDays - s.min) < 1e-9 && Math.abs(g.maxDays - sMax) < 1e-9) return null;
  const exact = g.minDays === g.maxDays && s.qualifier === 'exact' && s.min === sMax;
  const severity = !exact || overlap(g.minDays, g.maxDays, s.min, sMax) ? 'detail' : 'conflict';
  const gapText = g.text;
  return { kind: 'number', severity, here: gapIsHere ? gapText : s.text, there: gapIsHere ? s.text : gapText };
}
