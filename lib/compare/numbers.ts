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
  const comparable = (a: Quantity, b: Quantity) =>
    a.counted !== 'unknown' && b.counted === a.counted && (!GENERIC.test(a.counted) || sameContext({ text: here.text, start: a.start, end: a.end }, { text: there.text, start: b.start, end: b.end }));
  // Pairs of the same figure first, so that "1.5% to 1.75%" beside "1.75%" pairs 1.75 with 1.75.
  const pairs: [number, number][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const sameValue of [true, false]) {
    hq.forEach((a, i) => {
      if (usedA.has(i)) return;
      const j = tq.findIndex((b, k) => !usedB.has(k) && comparable(a, b) && (!sameValue || b.value === a.value));
      if (j < 0) return;
      usedA.add(i);
      usedB.add(j);
      pairs.push([i, j]);
    });
  }
  const out: Difference[] = [];
  for (const [i, j] of pairs.sort((x, y) => x[0] - y[0])) {
    const a = hq[i] as Quantity;
    const b = tq[j] as Quantity;
    if (a.value === b.value && a.qualifier === b.qualifier) continue;
    // With several figures of one kind on a side, which goes with which is a guess: never a conflict on a guess.
    const alone = hq.filter((x) => x.counted === a.counted).length === 1 && tq.filter((x) => x.counted === b.counted).length === 1;
    out.push({ kind: 'number', severity: overlaps(a, b) || !alone ? 'detail' : 'conflict', here: a.text, there: b.text });
  }
  return out;
}
