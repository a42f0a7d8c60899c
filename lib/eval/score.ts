import type { PageAnnotations } from '../annotate/schema';
import type { Gold, Member } from './gold';
import { splitSentences } from '../text/sentences';

/** A sentence named by its article and start offset. */
type SentenceKey = string;
const key = (doc: string, start: number): SentenceKey => `${doc}@${start}`;
/** An unordered pair of sentences, as the gold's differences and the scoring key them. */
export const pairKey = (a: SentenceKey, b: SentenceKey) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface Metrics {
  /** Links predicted, and how many of them join sentences the gold says state a common fact. */
  predicted: number;
  correct: number;
  /** Link slots (page sentence, other source) the gold expects. */
  expected: number;
  /** correct / predicted: every wrong link counts, a second sentence of one outlet included. */
  precision: number;
  /** Expected slots holding at least one correct link / expected: a second link in a slot adds nothing. */
  recall: number;
  f1: number;
  /** Gold differences found on a predicted link of the same pair, of the same kind. */
  differencesExpected: number;
  differencesFound: number;
  discrepancyRecall: number;
  /** Conflicts reported where the gold has no conflict of that kind for that pair. */
  conflictFalseAlarms: number;
  /** The gold's conflicts (pair and kind), and how many of them a link shows as a conflict of that kind. */
  conflictsExpected: number;
  conflictsShown: number;
  /** Links from a page to its own article. */
  selfLinks: number;
  /** Human-readable misses and false links, for debugging. */
  errors: string[];
}

/** Resolves a gold member to the sentence containing its quote; throws naming the member if absent or ambiguous. */
export function resolveMember(m: Member, texts: ReadonlyMap<string, string>): SentenceKey {
  const text = texts.get(m.doc);
  if (text === undefined) throw new Error(`gold: unknown doc "${m.doc}"`);
  const at = text.indexOf(m.quote);
  if (at < 0) throw new Error(`gold: quote not found in ${m.doc}: "${m.quote}"`);
  if (text.indexOf(m.quote, at + 1) >= 0) throw new Error(`gold: quote occurs twice in ${m.doc}: "${m.quote}"`);
  const s = splitSentences(text).find((x) => at >= x.start && at < x.end);
  if (!s) throw new Error(`gold: quote lies outside every sentence of ${m.doc}: "${m.quote}"`);
  return key(m.doc, s.start);
}

/** Where each index claim starts, by claim id ("<doc>#<i>" → start). */
export type ClaimStarts = ReadonlyMap<string, number>;

/**
 * The gold's mates: page sentence ("doc@start") → other source of the index → the sentences of that
 * source the gold says state a fact in common with it (a link slot and its acceptable links).
 */
export function goldMates(gold: Gold, texts: ReadonlyMap<string, string>): Map<SentenceKey, Map<string, Set<SentenceKey>>> {
  const pageSet = new Set(gold.pages);
  const indexSet = new Set(gold.index);
  const mates = new Map<SentenceKey, Map<string, Set<SentenceKey>>>();
  for (const fact of gold.facts) {
    const members = fact.members.map((m) => ({ doc: m.doc, k: resolveMember(m, texts) }));
    for (const a of members) {
      for (const b of members) {
        if (a.doc === b.doc || !pageSet.has(a.doc) || !indexSet.has(b.doc)) continue;
        let bySource = mates.get(a.k);
        if (!bySource) mates.set(a.k, (bySource = new Map()));
        let set = bySource.get(b.doc);
        if (!set) bySource.set(b.doc, (set = new Set()));
        set.add(b.k);
      }
    }
  }
  return mates;
}

/**
 * Scores annotated pages against gold. A link slot is (page sentence, other source): filled when a
 * sentence linked from that source is one the gold says states a common fact. An outlet may be linked
 * twice (its headline and its body stating the fact); precision counts links, recall counts slots.
 */
export function score(gold: Gold, texts: ReadonlyMap<string, string>, pages: ReadonlyMap<string, PageAnnotations>, claimStarts: ClaimStarts): Metrics {
  const mates = goldMates(gold, texts);
  const goldDiffs = gold.differences.map((d) => ({ pair: pairKey(resolveMember(d.a, texts), resolveMember(d.b, texts)), kind: d.kind, severity: d.severity, fact: d.fact }));
  const goldConflicts = new Set(goldDiffs.filter((d) => d.severity === 'conflict').map((d) => `${d.pair}#${d.kind}`));

  let predicted = 0;
  let correct = 0;
  let selfLinks = 0;
  const errors: string[] = [];
  const predictedKinds = new Map<string, Set<string>>();
  const falseAlarms = new Set<string>();
  const shownConflicts = new Set<string>();
  const correctSlots = new Set<string>();
  for (const [doc, page] of pages) {
    for (const a of page.annotations) {
      const here = key(doc, a.start);
      for (const l of a.links) {
        if (l.sourceId === doc) selfLinks++;
        const start = claimStarts.get(l.claimId);
        if (start === undefined) throw new Error(`link to unknown claim ${l.claimId}`);
        const there = key(l.sourceId, start);
        predicted++;
        const ok = mates.get(here)?.get(l.sourceId)?.has(there) ?? false;
        if (ok) {
          correct++;
          correctSlots.add(`${here}>${l.sourceId}`);
        }
        else errors.push(`false link: ${doc} “${a.text.slice(0, 70)}” → ${l.sourceId} “${l.text.slice(0, 70)}”`);
        const pk = pairKey(here, there);
        let kinds = predictedKinds.get(pk);
        if (!kinds) predictedKinds.set(pk, (kinds = new Set()));
        for (const d of l.differences) {
          kinds.add(d.kind);
          if (d.severity === 'conflict') shownConflicts.add(`${pk}#${d.kind}`);
          if (d.severity === 'conflict' && !goldConflicts.has(`${pk}#${d.kind}`)) {
            if (!falseAlarms.has(`${pk}#${d.kind}`)) errors.push(`conflict false alarm (${d.kind}): ${doc} “${d.here}” vs ${l.sourceId} “${d.there}”`);
            falseAlarms.add(`${pk}#${d.kind}`);
          }
        }
      }
    }
  }
  let expected = 0;
  for (const [here, bySource] of mates) {
    for (const [src] of bySource) {
      expected++;
      if (!correctSlots.has(`${here}>${src}`)) errors.push(`missed link: ${here} → ${src}`);
    }
  }
  let found = 0;
  for (const d of goldDiffs) {
    if (predictedKinds.get(d.pair)?.has(d.kind)) found++;
    else errors.push(`missed difference (${d.kind}, ${d.severity}) in ${d.fact}${predictedKinds.has(d.pair) ? ' on a found link' : ''}: ${d.pair}`);
  }
  const precision = predicted ? correct / predicted : 1;
  const recall = expected ? correctSlots.size / expected : 1;
  return {
    predicted,
    expected,
    correct,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    differencesExpected: goldDiffs.length,
    differencesFound: found,
    discrepancyRecall: goldDiffs.length ? found / goldDiffs.length : 1,
    conflictFalseAlarms: falseAlarms.size,
    conflictsExpected: goldConflicts.size,
    conflictsShown: [...goldConflicts].filter((k) => shownConflicts.has(k)).length,
    selfLinks,
    errors,
  };
}
