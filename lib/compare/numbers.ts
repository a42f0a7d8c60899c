import type { Claim } from '../claims/schema';
import { NONE, type Difference } from './difference';
import { sameContext } from './figure-context';

/** Keys that say what kind of figure, not what it is a figure of: such figures must also share their context (figure-context.ts). */
const GENERIC = /^(?:percent|points|money:|people$)/;

type Quantity = Claim['quantities'][number];

function overlaps(a: Quantity, b: Quantity): boolean {
  const aMax = a.max ?? Infinity;
  const bMax = b.max ?? Infinity;
  return a.min <= bMax && b.min <= aMax;
}

/**
 * Counts of the same thing compared, as intervals ("more than 40,000" is 40,000 to unbounded; "about
 * 70" a tenth either way; "dozens" 24 to 99). Two figures that cannot both be true are a conflict (two
 * different exact tolls; "at most 20" and "more than 30"); figures that differ but can both be true are
 * a detail ("more than 40,000" and "more than 41,000"; "six" and "at least six"; "dozens" and "more than
 * 70"): the reader is shown both, without being told that the outlets contradict each other.
 */
export function compareNumbers(here: Claim, there: Claim): readonly Difference[] {
  const hq = here.quantities;
  const tq = there.quantities;
  // Most pairs of sentences state no figure on one side: nothing to compare, nothing to allocate.
  if (hq.length === 0 || tq.length === 0) return NONE;
  const out: Difference[] = [];
  const used = new Set<number>();
  for (const a of hq) {
    if (a.counted === 'unknown') continue;
    // Of the other side's figures counting the same thing, the same value first, else the first.
    let j = -1;
    for (let k = 0; k < tq.length; k++) {
      const b = tq[k] as Quantity;
      if (used.has(k) || b.counted !== a.counted) continue;
      if (GENERIC.test(a.counted) && !sameContext({ text: here.text, start: a.start, end: a.end }, { text: there.text, start: b.start, end: b.end })) continue;
      if (j < 0 || (b.value === a.value && (tq[j] as Quantity).value !== a.value)) j = k;
    }
    if (j < 0) continue;
    used.add(j);
    const b = tq[j];
    if (!b) continue;
    if (a.value === b.value && a.qualifier === b.qualifier) continue;
    out.push({ kind: 'number', severity: overlaps(a, b) ? 'detail' : 'conflict', here: a.text, there: b.text });
  }
  return out;
}
