import type { Claim } from '../claims/schema';
import { entityDef } from '../claims/entities';
import { NONE, type Difference } from './difference';

const name = (id: string) => entityDef(id)?.name ?? id;

/** Before/after: the same two events in opposite order cannot both be right. */
export function compareOrder(here: Claim, there: Claim): readonly Difference[] {
  for (const a of here.order) {
    const b = there.order.find((x) => x.first === a.second && x.second === a.first);
    if (b) {
      return [{
        kind: 'order',
        severity: 'conflict',
        here: `${name(a.first)} before ${name(a.second)} ("${a.text}")`,
        there: `${name(b.first)} before ${name(b.second)} ("${b.text}")`,
      }];
    }
  }
  return NONE;
}
