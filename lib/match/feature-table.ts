import type { Claim } from '../claims/schema';
import { featureWeight, type FeatureStats } from './weights';

/**
 * Content words only: not entities (`e:`), stated figures (`q:`) nor counted classes (`n:`), which two
 * unrelated reports share as easily; "six attacks" is one phrase, and its noun, its counted class and
 * its figure are not three pieces of evidence (tests/corpus/TUNING.md has what it cost and gained).
 */
export const isConcept = (f: string): boolean => !f.startsWith('e:') && !f.startsWith('q:') && !f.startsWith('n:');
/** A named participant's feature: a person or an organisation (`e:`), not a state (`e:@`). */
export const isParticipant = (f: string): boolean => f.startsWith('e:') && !f.startsWith('e:@');

/**
 * The index's features as small integers, and every feature list of every claim as sorted ids in one
 * flat array. Against a 10,000-article index a page sentence is scored against thousands of claims;
 * comparing two lists by merging sorted integers, with weights read from an array, replaces a string
 * lookup per feature and a weight lookup per shared feature. With the typed-array walk in matcher.ts, the
 * 2k-word page's matching against the 10,000-article index went from 114 to 43 ms in Node.
 */
export interface FeatureTable {
  /** Feature → id, for every feature of any claim's lists. */
  ids: ReadonlyMap<string, number>;
  /** Per id: featureWeight under the index's statistics. */
  weight: Float64Array;
  /** Per feature id: 1 for a concept (isConcept), 2 for a named participant (isParticipant), else 0. */
  concept: Uint8Array;
  /** The lists' distinct feature ids, sorted, list after list. */
  flat: Int32Array;
  /** Per list: where it starts in `flat`; list k spans start[k] .. start[k + 1]. */
  start: Int32Array;
  /** Per list: its summed weight, added in the list's own order (as weightOf adds it). */
  listWeight: Float64Array;
  /** Per list: how many features it lists, repeats counted (what the gates compare). */
  listLength: Int32Array;
  /**
   * Per claim: its first list, the sentence's features; its clauses' lists follow it, up to the next
   * claim's first list (one entry more than there are claims).
   */
  firstList: Int32Array;
}

export function featureTable(claims: readonly Claim[], stats: FeatureStats): FeatureTable {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (f: string): number => {
    let id = ids.get(f);
    if (id === undefined) {
      ids.set(f, (id = names.length));
      names.push(f);
    }
    return id;
  };
  const lists: (readonly string[])[] = [];
  const firstList = new Int32Array(claims.length + 1);
  claims.forEach((c, i) => {
    firstList[i] = lists.length;
    lists.push(c.features, ...c.clauses);
  });
  firstList[claims.length] = lists.length;
  const start = new Int32Array(lists.length + 1);
  const listLength = new Int32Array(lists.length);
  const sortedLists = lists.map((l, k) => {
    listLength[k] = l.length;
    return Int32Array.from(new Set(l.map(idOf))).sort();
  });
  const flat = new Int32Array(sortedLists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  sortedLists.forEach((l, k) => {
    start[k] = at;
    flat.set(l, at);
    at += l.length;
  });
  start[lists.length] = at;
  const weight = Float64Array.from(names, (f) => featureWeight(stats, f));
  const listWeight = Float64Array.from(lists, (l) => {
    let sum = 0;
    for (const f of l) sum += weight[ids.get(f) as number] as number;
    return sum;
  });
  return { ids, weight, concept: Uint8Array.from(names, (f) => (isConcept(f) ? 1 : isParticipant(f) ? 2 : 0)), flat, start, listWeight, listLength, firstList };
}
