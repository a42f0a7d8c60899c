import type { Claim } from '../claims/schema';
import { NONE, type Difference } from './difference';

type Quantity = Claim['quantities'][number];

function overlaps(a: Quantity, b: Quantity): boolean {
  const aMax = a.max ?? Infinity;
  const bMax = b.max ?? Infinity;
  return a.min <= bMax && b.min <= aMax;
}

/**
 * Counts of the same thing compared. Two stated figures that differ are a conflict even when both
 * are "more than" (a reader of "more than 70" and of "more than 75" is told two different counts);
 * a vague amount ("dozens") or a change of qualifier ("six" / "at least six") is a detail as long as
 * the two can both be true, and a conflict when they cannot.
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
    let j = -1;
    for (let k = 0; k < tq.length; k++) {
      if (!used.has(k) && (tq[k] as Quantity).counted === a.counted) {
        j = k;
        break;
      }
    }
    if (j < 0) continue;
    used.add(j);
    const b = tq[j];
    if (!b) continue;
    if (a.value !== null && b.value !== null) {
      if (a.value !== b.value) {
        out.push({ kind: 'number', severity: 'conflict', here: a.text, there: b.text });
      } else if (a.qualifier !== b.qualifier) {
        out.push({ kind: 'number', severity: overlaps(a, b) ? 'detail' : 'conflict', here: a.text, there: b.text });
      }
    } else if (a.qualifier !== b.qualifier || a.value !== b.value) {
      out.push({ kind: 'number', severity: overlaps(a, b) ? 'detail' : 'conflict', here: a.text, there: b.text });
    }
  }
  return out;
}
