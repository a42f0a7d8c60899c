import type { Claim } from '../claims/schema';
import { eventClasses } from '../claims/quantities';
import { daysOf, namesOf, otherStories, storyKeysOf, type StoryMarks } from './same-story';
import type { Index, Source } from '../index/schema';
import { participantsApart } from '../claims/names-apart';
import { oncePer } from '../memo';
import { CORROBORATED_GATES, OPEN_GATES, STRICT_GATES, actingStates, pairEvidence, bestProbeClause, listsUnique, masksDisagree, minSharedToPass, probeOf, similarityScore, stateBitsOf, stateMask, type Gates, type IndexClaim, type Probe, type StateBits } from './similarity';
import { collectStats, type FeatureStats } from './weights';
import { featureTable, type FeatureTable } from './feature-table';
import { headingPartners } from './partners';
import { monthsOf } from './same-month';
import { figureTable, type FigureTable } from './figures';
import { figureLinks, sequenceLinks, tollLinks, type LinkScoring, type Match } from './evidence-links';
import { LINK_FEATURES, LINK_PROBABILITY, SHARED_WEIGHT_CAP, VETO_PROBABILITY, linkProbability } from './link-model';

/** Where the neighbour feature sits in a row of LINK_FEATURES. */
const NEIGHBOUR = LINK_FEATURES.indexOf('neighbour');

/**
 * A feature held by more than this share of the index's claims is not used to find candidates
 * (a country every sentence names, the story's commonest words): it would pull in most of the index. It still counts when scoring a candidate.
 */
const MAX_RETRIEVAL_DF_SHARE = 0.2;
/** Retrieval never skips a feature held by this few claims, so tiny indexes still retrieve. */
const MIN_RETRIEVAL_DF_CAP = 8;
/**
 * A candidate must score at least this to be linked. A wrong link costs the reader more than a missed
 * one, so the value is the lowest that adds no conflict false alarm on the gold; higher values lose
 * links a reader wants. With related senses (similarity.ts RELATED_WEIGHT) 0.31 keeps the tuned
 * stories' precision where 0.3 had it without them; 0.3 then cost precision, 0.32 recall.
 */
export const LINK_THRESHOLD = 0.31;
/**
 * A weaker match (relaxed gates, this score) is accepted for an outlet the page has no direct match
 * in, when the index links that sentence to at least CORROBORATION_SUPPORT of the page sentence's
 * direct matches: the index's own links stand in for part of the evidence, so it sits below
 * LINK_THRESHOLD (tests/corpus/TUNING.md: 0.15 and 0.25 scored lower on the tuned stories).
 */
export const CORROBORATED_THRESHOLD = 0.2;
/**
 * How many of the page sentence's direct matches must link to an outlet's sentence before it is
 * accepted under the relaxed gates. Two: a single corroborating link lets in wrong links a reader sees
 * (a sentence that only mentions an event, "Before the fire, the mayor resigned", linked to one
 * reporting the fire's toll).
 */
export const CORROBORATION_SUPPORT = 2;
/**
 * A direct match this strong (a near-restatement) is support enough on its own: the index's link from
 * it to another outlet's sentence carries over. High, because a weaker single match carries over links
 * to other facts: lower values, and any single match, cost precision on the gold.
 */
export const STRONG_SUPPORT_SCORE = 0.7;
/**
 * An outlet that states a fact twice (its headline and its body, each worded its own way) gets both
 * sentences linked when the index links the second one to the page sentence's direct matches: to
 * CORROBORATION_SUPPORT of them at CORROBORATED_THRESHOLD (relaxed gates), or to one at
 * EXTRA_SENTENCE_SCORE. A headline's "may have" is what the reader wants set beside the body's plain
 * statement. Two supports, as for corroboration: one support at CORROBORATED_THRESHOLD added wrong
 * links on the gold.
 */
export const EXTRA_SENTENCE_SUPPORT = CORROBORATION_SUPPORT;
/**
 * With one corroborating link only, the second sentence must score this (relaxed gates): the lowest
 * value at which every link it adds on the gold is right.
 */
export const EXTRA_SENTENCE_SCORE = 0.45;

/** The index ready to match against: postings (feature id → claim positions) and feature statistics. */
export interface Matcher {
  index: Index;
  /** The names each source speaks of and its date (same-story.ts), to tell the page's story from look-alikes. */
  sourceMarks: ReadonlyMap<string, StoryMarks>;
  stats: FeatureStats;
  /** The index's features as ids, and its claims' lists as sorted ids (what scoring compares). */
  table: FeatureTable;
  /** Per feature id: the claims whose sentence lists it, once per time listed, in index order. */
  postings: readonly Int32Array[];
  sources: ReadonlyMap<string, Source>;
  /** Per feature id: 1 when too common to retrieve by. */
  common: Uint8Array;
  /**
   * Per feature id: claims holding it in a clause but not in their sentence features; usually empty,
   * as a clause's features are a subset of its sentence's. With `postings` it tells every claim that
   * holds a feature anywhere, for the shared-feature bound in scoreCandidates.
   */
  clauseOnly: readonly Int32Array[];
  /** Per claim position: features shared with the claim being matched (scratch, reset after each use). */
  scratch: Int32Array;
  /**
   * Per claim position: the claim as similarityScore takes it (whether its lists repeat a feature, the
   * states it speaks of), made once: a page scores tens of thousands of pairs against a large index.
   */
  entries: readonly IndexClaim[];
  /** Per claim position: corroborating links counted in corroborate() (scratch, reset after each use). */
  supportScratch: Uint32Array;
  /**
   * Per claim position: its source's place in the sources sorted by id (localeCompare), the order links
   * are grouped in. Comparing ids with localeCompare for each of a page's 3,375 links against 10,000
   * articles took longer than the comparison it replaced.
   */
  sourceRank: Int32Array;
  /** The index's acting states as bits (undefined when it names too many), for probes and `entries`. */
  stateBits: StateBits | undefined;
  /** Per claim position: its heading or lede partner in its own article (headingPartners), or -1. */
  partners: Int32Array;
  /** The fewest features a candidate must share with a claim, over all their lists, to be scored: what OPEN_GATES asks (minSharedToPass), as the link model reads every pair that passes them. */
  need: number;
  /**
   * Per feature id: which claims hold it (in their sentence or a clause), one bit each, made the first
   * time scorableFor skips the feature's postings (scratch: filled as pages are matched); else undefined.
   */
  members: (Uint32Array | undefined)[];
  /**
   * Per feature id: its postings grouped by the claims' acting states (StateGroups), made the first
   * time scorableFor walks the feature's postings for a claim naming a state; else undefined.
   */
  byState: (StateGroups | undefined)[];
  /** The index's distinctive figures, for figure links (figureLinks). */
  figures: FigureTable;
  /** Per claim position that counts people by an event (isEventCount): the classes it counts, for toll links. */
  eventClasses: ReadonlyMap<number, readonly string[]>;
  /** Per claim position: its place among its source's claims (0 for the first), and how many its source has. */
  place: Int32Array;
  sourceSize: Int32Array;
}

/**
 * A feature's postings in groups of claims acting as the same states (same state mask), each group in
 * index order. A sentence about Country A's payments walks no group of claims about Country B's alone: those
 * score 0 (statesDiffer). For a 2k-word page against 10,000 articles, 26% of the postings walked
 * belong to such claims: two thirds of the candidates that share enough features.
 */
interface StateGroups {
  /** The postings, group after group. */
  order: Int32Array;
  /** Per group: the state mask its claims share. */
  masks: Int32Array;
  /** Per group: where it starts in `order` (one entry more than there are groups). */
  starts: Int32Array;
}

/** A feature's postings grouped by state mask (Matcher.byState), made on first use. */
function stateGroupsOf(m: Matcher, id: number): StateGroups {
  const have = m.byState[id];
  if (have) return have;
  const list = m.postings[id] as Int32Array;
  const groupOf = new Map<number, number[]>();
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    const mask = (m.entries[i] as IndexClaim).stateMask;
    const g = groupOf.get(mask);
    if (g) g.push(i);
    else groupOf.set(mask, [i]);
  }
  const order = new Int32Array(list.length);
  const masks = new Int32Array(groupOf.size);
  const starts = new Int32Array(groupOf.size + 1);
  let at = 0;
  [...groupOf].forEach(([mask, claims], g) => {
    masks[g] = mask;
    starts[g] = at;
    order.set(claims, at);
    at += claims.length;
  });
  starts[groupOf.size] = at;
  return (m.byState[id] = { order, masks, starts });
}

/**
 * scorableFor skips walking a feature's postings (prefix filtering), and groups them by acting states,
 * only when at least this share of the index's claims hold it. A bitset of n claims takes n/8 bytes,
 * as much as a posting of n/32 claims, so 1/128 keeps every bitset within 4 times the posting it stands
 * for, made once per feature, on first use. Against 10,000 articles a 2k-word page then walks 427,000
 * of its 956,000 postings (1/32: 615,000, as many of the largest postings lack a bitset).
 */
const BITSET_MIN_SHARE = 1 / 128;

/** Which claims hold feature `id` (Matcher.members), made on first use. */
function membersOf(m: Matcher, id: number): Uint32Array {
  const have = m.members[id];
  if (have) return have;
  const bits = new Uint32Array((m.index.claims.length + 31) >>> 5);
  for (const l of [m.postings[id] as Int32Array, m.clauseOnly[id] as Int32Array]) for (let k = 0; k < l.length; k++) {
    const i = l[k] as number;
    bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  }
  return (m.members[id] = bits);
}

/** Per claim: the place of its source id among the index's source ids sorted with localeCompare. */
function sourceRanks(claims: readonly Claim[]): Int32Array {
  const ids = [...new Set(claims.map((c) => c.sourceId))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(ids.map((id, k) => [id, k]));
  return Int32Array.from(claims, (c) => rank.get(c.sourceId) as number);
}

/** Per feature id, the claims listing it (in `lists` of each claim), once per time listed, in index order. */
function postingsOf(claims: readonly Claim[], ids: ReadonlyMap<string, number>, lists: (c: Claim) => Iterable<string>): Int32Array[] {
  const size = new Int32Array(ids.size);
  for (const c of claims)
    for (const f of lists(c)) {
      const id = ids.get(f) as number;
      size[id] = (size[id] as number) + 1;
    }
  const out = Array.from(size, (n) => new Int32Array(n));
  const fill = new Int32Array(ids.size);
  claims.forEach((c, i) => {
    for (const f of lists(c)) {
      const id = ids.get(f) as number;
      const k = fill[id] as number;
      (out[id] as Int32Array)[k] = i;
      fill[id] = k + 1;
    }
  });
  return out;
}

/** A claim's clause features that its sentence features lack, each once. */
function clauseOnlyFeatures(c: Claim): Set<string> {
  const extra = new Set<string>();
  if (c.clauses.length === 0) return extra;
  const own = new Set(c.features);
  for (const clause of c.clauses) for (const f of clause) if (!own.has(f)) extra.add(f);
  return extra;
}

export function createMatcher(index: Index): Matcher {
  const stats = collectStats(index.claims);
  const table = featureTable(index.claims, stats);
  const postings = postingsOf(index.claims, table.ids, (c) => c.features);
  const n = index.claims.length;
  const cap = Math.max(MIN_RETRIEVAL_DF_CAP, n * MAX_RETRIEVAL_DF_SHARE);
  const clauseOnly = postingsOf(index.claims, table.ids, clauseOnlyFeatures);
  // Each claim's acting states, read once for the state bits and the entries.
  const states = index.claims.map(actingStates);
  const stateBits = stateBitsOf(states);
  const bySource = new Map<string, Claim[]>();
  for (const c of index.claims) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  const dates = new Map(index.sources.map((s) => [s.id, s.date]));
  const sourceMarks = new Map([...bySource].map(([id, cs]) => {
    const names = namesOf(cs);
    return [id, { names, date: dates.get(id), days: daysOf(cs), ...storyKeysOf(cs, names) }];
  }));
  return {
    index,
    sourceMarks,
    stats,
    table,
    postings,
    sources: new Map(index.sources.map((s) => [s.id, s])),
    sourceRank: sourceRanks(index.claims),
    common: Uint8Array.from(postings, (l) => (l.length > cap ? 1 : 0)),
    clauseOnly,
    scratch: new Int32Array(n),
    entries: index.claims.map((claim, at) => {
      const own = states[at] as readonly string[];
      return { claim, at, unique: listsUnique(claim), states: own, months: monthsOf(claim), stateMask: stateMask(own, stateBits) };
    }),
    stateBits,
    supportScratch: new Uint32Array(n),
    partners: headingPartners(index.claims, stats),
    need: minSharedToPass(OPEN_GATES),
    members: [],
    byState: [],
    figures: figureTable(index.claims),
    eventClasses: eventClassesOf(index.claims),
    ...placesOf(index.claims),
  };
}

/** Each claim's place in its source and its source's claim count (a source's claims are consecutive in the index). */
function placesOf(claims: readonly Claim[]): { place: Int32Array; sourceSize: Int32Array } {
  const place = new Int32Array(claims.length);
  const sourceSize = new Int32Array(claims.length);
  let from = 0;
  for (let i = 1; i <= claims.length; i++) {
    if (i < claims.length && claims[i]?.sourceId === claims[from]?.sourceId) continue;
    for (let k = from; k < i; k++) {
      place[k] = k - from;
      sourceSize[k] = i - from;
    }
    from = i;
  }
  return { place, sourceSize };
}

/** The classes each claim counts people by an event in (isEventCount), for the claims that do: read once per index. */
function eventClassesOf(claims: readonly Claim[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  claims.forEach((c, at) => {
    const classes = eventClasses(c);
    if (classes.size > 0) out.set(at, [...classes]);
  });
  return out;
}

/** True when the index knows the feature and it is too common to retrieve by. */
function isCommon(m: Matcher, f: string): boolean {
  const id = m.table.ids.get(f);
  return id !== undefined && m.common[id] === 1;
}

/** similarityScore of a probe against index claim `at`. */
function scoreAt(m: Matcher, probe: Probe, at: number, gates: Gates): number {
  return similarityScore(probe, m.entries[at] as IndexClaim, m.table, m.stats, gates);
}

/** A claim prepared for scoring against this matcher's index. */
export function probeFor(m: Matcher, claim: Claim): Probe {
  return probeOf(claim, m.table, m.stats, m.stateBits);
}

/**
 * A claim with fewer selective features than this retrieves by all its features, the too-common ones
 * too. A headline is short and made of the story's commonest words (a headline naming the story's
 * countries, its payments and its attack can have only two selective features), so it retrieved
 * nothing it should link to. 4 finds those headlines' links and keeps the extra retrieval to the few
 * short claims; retrieving every claim by all features finds no more.
 */
export const MIN_SELECTIVE_FEATURES = 4;

/**
 * Index claims sharing at least one selective feature with the claim (any feature, for a claim with
 * few selective ones) and enough features to pass a gate: the only ones scored, in index order.
 */
export function candidates(m: Matcher, claim: Claim): number[] {
  return [...scorableFor(m, probeFor(m, claim))];
}

/**
 * The index claims worth scoring against a claim under STRICT_GATES, in index order: those sharing a
 * selective feature of its sentence that also share, over all their feature lists, as many features
 * as any pair of lists must share to link (minSharedToPass), counting every too-common feature of the claim as shared (exact for the others).
 * Below that, similarity() is 0. In a 10,000-article index most candidates share a word or two only:
 * a 2,000-word page retrieves 734,000, 48,000 of them share 3 features and 28,500 share 4 (what a
 * pair of lists of 4 or more features needs).
 *
 * Counted through the postings in plain passes over typed arrays (count, collect, clear): the walk
 * is the one loop whose length grows with the index (957,000 postings for that page), and tracking
 * first touches inside it cost five times the counting itself.
 */
function scorableFor(m: Matcher, probe: Probe): Int32Array {
  const { scratch: counts, common } = m;
  const ids = m.table.ids;
  // How often a feature occurs in any one of the claim's lists (once, unless a list repeats it).
  const times = new Map<string, number>();
  for (const list of [probe.full, ...probe.clauses]) for (const [f, n] of list.times) if (n > (times.get(f) ?? 0)) times.set(f, n);
  const own = probe.full.times;
  const allRetrieve = [...own.keys()].filter((f) => !isCommon(m, f)).length < MIN_SELECTIVE_FEATURES;
  let everywhere = 0;
  // The features counted: id, times counted, whether it retrieves (the sentence's own selective
  // features; clause-only features only add to the count), and how many claims hold it.
  const features: { id: number; n: number; retrieves: boolean; size: number }[] = [];
  for (const [f, n] of times) {
    const id = ids.get(f);
    // A feature the index never saw is held by no claim.
    if (id === undefined) continue;
    if (common[id] === 1 && !allRetrieve) {
      everywhere += n;
      continue;
    }
    features.push({ id, n, retrieves: own.has(f), size: (m.postings[id] as Int32Array).length + (m.clauseOnly[id] as Int32Array).length });
  }
  // Concepts related to the claim's own (RELATED_WEIGHT in similarity.ts) count as shared too, but
  // retrieve nothing by themselves (a common one is left out): retrieving by them made the 2k-word
  // page's matching against 10,000 articles 60% slower, for two links more on the tuned stories.
  const relatedIds = new Set<number>();
  for (const list of [probe.full, ...probe.clauses]) for (const id of list.relatedIds) relatedIds.add(id);
  for (const id of relatedIds) {
    if (common[id] === 1) continue;
    features.push({ id, n: 1, retrieves: false, size: (m.postings[id] as Int32Array).length + (m.clauseOnly[id] as Int32Array).length });
  }
  // Prefix filtering: a claim that reaches the count it needs shares some feature outside any set of
  // features worth less than the least need, so the largest postings in such a set are not walked;
  // membership bitsets add them to the claims the others reach.
  let budget = m.need - everywhere - 1;
  const bigEnough = m.index.claims.length * BITSET_MIN_SHARE;
  const skipBits: Uint32Array[] = [];
  // Per skipped feature: what it adds to a claim's count (its times, plus RETRIEVED when it retrieves).
  const skipAdd: number[] = [];
  const walked: typeof features = [];
  for (const x of features.sort((a, b) => b.size - a.size)) {
    if (x.n <= budget && x.size >= bigEnough) {
      skipBits.push(membersOf(m, x.id));
      skipAdd.push(x.retrieves ? x.n + RETRIEVED : x.n);
      budget -= x.n;
    } else walked.push(x);
  }
  // What is walked, as segments of postings: a feature's postings (only the groups of claims whose
  // states can agree with the claim's, for a large posting and a claim naming a state), then the
  // claims holding it in a clause only. Each adds its times, plus RETRIEVED for a retrieving posting.
  const lists: Int32Array[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const adds: number[] = [];
  const segment = (list: Int32Array, a: number, b: number, add: number) => {
    if (b <= a) return;
    lists.push(list);
    from.push(a);
    to.push(b);
    adds.push(add);
  };
  const x0 = probe.stateMask;
  for (const x of walked) {
    const add = x.retrieves ? x.n + RETRIEVED : x.n;
    const list = m.postings[x.id] as Int32Array;
    if (x0 > 0 && list.length >= bigEnough) {
      const { order, masks, starts } = stateGroupsOf(m, x.id);
      for (let g = 0; g < masks.length; g++) {
        if (masksDisagree(x0, masks[g] as number)) continue;
        segment(order, starts[g] as number, starts[g + 1] as number, add);
      }
    } else segment(list, 0, list.length, add);
    const extra = m.clauseOnly[x.id] as Int32Array;
    segment(extra, 0, extra.length, x.n);
  }
  for (let w = 0; w < lists.length; w++) {
    const list = lists[w] as Int32Array;
    const n = adds[w] as number;
    const end = to[w] as number;
    for (let k = from[w] as number; k < end; k++) {
      const i = list[k] as number;
      counts[i] = (counts[i] as number) + n;
    }
  }
  const scorable: number[] = [];
  const skips = skipBits.length;
  // What the skipped features could add at most: shared features, and whether any retrieves.
  let skipSum = 0;
  let skipRetrieves = false;
  for (const a of skipAdd) {
    skipSum += a & SHARED_MASK;
    if (a >= RETRIEVED) skipRetrieves = true;
  }
  // A claim's count is final here; it is read at its first posting and cleared there, so later
  // postings of the same claim read 0 and pass by (no second array to mark claims taken). Cleared
  // where written, so the cost follows the postings walked, not the index's size (the index build
  // matches every one of its claims).
  const need = m.need - everywhere;
  for (let w = 0; w < lists.length; w++) {
    const list = lists[w] as Int32Array;
    const end = to[w] as number;
    for (let k = from[w] as number; k < end; k++) {
      const i = list[k] as number;
      let c = counts[i] as number;
      if (c === 0) continue;
      counts[i] = 0;
      // Most claims reached share one walked feature: even all the skipped features would not lift them to the need.
      if ((c & SHARED_MASK) + skipSum < need || (c < RETRIEVED && !skipRetrieves)) continue;
      for (let s = 0; s < skips; s++) if ((((skipBits[s] as Uint32Array)[i >>> 5] as number) & (1 << (i & 31))) !== 0) c += skipAdd[s] as number;
      if (c >= RETRIEVED && (c & SHARED_MASK) >= need) scorable.push(i);
    }
  }
  // A typed array sorts numerically, without a comparator call per step.
  return Int32Array.from(scorable).sort();
}

/** Added to a claim's count in scorableFor for each retrieving posting it is in; counts of shared features stay far below it. */
const RETRIEVED = 1 << 16;
/** The part of a count in scorableFor below RETRIEVED: how many features are shared. */
const SHARED_MASK = RETRIEVED - 1;

export type { Match } from './evidence-links';

/**
 * How much a neighbouring link adds to a pair's score: sentence i of the page and sentence j of an
 * outlet gain CONTINUITY_WEIGHT × the score of (i−1, j−1) or (i+1, j+1) when that pair is itself a
 * link. Outlets that retell one report keep its order, so a sentence between two aligned sentences
 * likely aligns too, even when its own wording changed more. Kept well below 1 so that order alone
 * never makes a link: it lifts a pair that already shares words of the fact.
 */
export const CONTINUITY_WEIGHT = 0.3;

/**
 * One page claim's scored candidates, in index order: positions and their scores under STRICT_GATES,
 * kept when a neighbour could lift them to a link. Plain arrays, not a Map: against a large index of
 * near-duplicate reports a claim keeps thousands, and Map insertion doubled the index build.
 */
interface Scored {
  at: number[];
  score: number[];
}

/**
 * One page claim's candidates for the link model, in index order: every index claim of a source not
 * excluded that shares two features with it (OPEN_GATES), with that score (`open`), its score under
 * STRICT_GATES (`gated`, 0 when the gates fail) and the shared weight.
 */
interface Candidates {
  at: number[];
  open: number[];
  gated: number[];
  weight: number[];
}

function candidatesOf(m: Matcher, probe: Probe, exclude: ReadonlySet<string>): Candidates {
  const out: Candidates = { at: [], open: [], gated: [], weight: [] };
  for (const at of scorableFor(m, probe)) {
    const other = m.index.claims[at];
    if (!other || exclude.has(other.sourceId)) continue;
    const e = pairEvidence(probe, m.entries[at] as IndexClaim, m.table, m.stats);
    if (e.score <= 0) continue;
    // Two participants' figures of one kind, far apart, are two facts however alike the words.
    if (figuresOfOthers(probe.claim, other)) continue;
    // Two sentences dated years apart tell two events of one kind.
    if (yearsApart(probe.claim, other)) continue;
    out.at.push(at);
    out.open.push(e.score);
    out.gated.push(e.gated);
    out.weight.push(e.weight);
  }
  return out;
}

/** The candidates that pass the gates and could reach a link with a neighbour's lift (CONTINUITY_WEIGHT). */
function gatedOf(c: Candidates): Scored {
  const scored: Scored = { at: [], score: [] };
  for (let k = 0; k < c.at.length; k++) {
    const g = c.gated[k] as number;
    if (g < LINK_THRESHOLD - CONTINUITY_WEIGHT) continue;
    scored.at.push(c.at[k] as number);
    scored.score.push(g);
  }
  return scored;
}

/** Values per candidate in a page claim's feature rows (linkFeatureRows): one per LINK_FEATURES. */
export const ROW = LINK_FEATURES.length;

/**
 * Every candidate's LINK_FEATURES, per page claim (in the order of `cands`): candidate k's row at
 * k × ROW of one flat array, what the link model (link-model.ts) reads. One array per claim, not one
 * per candidate: against a large index a page has tens of thousands of candidates. `scored` are the
 * gated candidates (for the neighbour feature).
 */
function linkFeatureRows(m: Matcher, probes: readonly Probe[], cands: readonly Candidates[], scored: readonly Scored[]): Float64Array[] {
  const n = cands.length;
  // The best open score each index claim reaches against any page claim (for `mutual`).
  const bestForClaim = new Map<number, number>();
  for (const c of cands) for (let k = 0; k < c.at.length; k++) {
    const at = c.at[k] as number;
    const s = c.open[k] as number;
    if (s > (bestForClaim.get(at) ?? 0)) bestForClaim.set(at, s);
  }
  // The weight of a feature held by one claim: shared weights as multiples of it do not grow with the index.
  const rarest = Math.log(1 + Math.max(m.stats.claims, 1));
  return cands.map((c, i) => {
    // Per source: the best and second-best open scores of this page claim's candidates.
    const first = new Map<number, number>();
    const second = new Map<number, number>();
    for (let k = 0; k < c.at.length; k++) {
      const src = m.sourceRank[c.at[k] as number] as number;
      const s = c.open[k] as number;
      const b = first.get(src) ?? -1;
      if (s > b) {
        if (b >= 0) second.set(src, b);
        first.set(src, s);
      } else if (s > (second.get(src) ?? -1)) second.set(src, s);
    }
    const rows = new Float64Array(c.at.length * ROW);
    const page = (probes[i] as Probe).claim;
    const pageFigures = figureValues(page);
    for (let k = 0; k < c.at.length; k++) {
      const at = c.at[k] as number;
      const otherClaim = m.index.claims[at] as Claim;
      const s = c.open[k] as number;
      const src = m.sourceRank[at] as number;
      const top = first.get(src) as number;
      const isBest = s >= top;
      const margin = isBest ? s - (second.get(src) ?? 0) : s - top;
      const mutual = isBest && s >= (bestForClaim.get(at) ?? 0);
      const place = Math.abs(i / Math.max(n, 1) - (m.place[at] as number) / Math.max(m.sourceSize[at] as number, 1));
      const near = Math.max(linkScore(m, scored[i - 1], at - 1, otherClaim.sourceId), linkScore(m, scored[i + 1], at + 1, otherClaim.sourceId));
      const sameFigure = pageFigures.size > 0 ? Math.min(2, sharedValues(figureValues(otherClaim), pageFigures)) : 0;
      rows.set([s, s * s, c.gated[k] as number, Math.min((c.weight[k] as number) / rarest, SHARED_WEIGHT_CAP), isBest ? 1 : 0, margin, mutual ? 1 : 0, place, near, sameFigure], k * ROW);
    }
    return rows;
  });
}

/**
 * Whole figures below this say little about which fact two sentences share: "two sources", "three
 * people", "six attacks" recur across a story's facts. Tried at 2 first: the seed story's sentence on
 * the unnamed government ("two sources … confirmed") then linked another outlet's "two intelligence
 * sources … told" (no fact in common in the gold). 10: tuned/held-out figures in TUNING.md.
 */
const MIN_SAME_FIGURE = 10;
/**
 * A claim's figure values for the link model's `sameFigure`, read once per claim, small whole numbers
 * (MIN_SAME_FIGURE) left out (a bare year is never a quantity: claims/quantities.ts).
 */
const figureValues = oncePer((c: Claim): Set<number> => new Set(c.quantities.filter((q) => q.value !== null && (q.value >= MIN_SAME_FIGURE || !Number.isInteger(q.value))).map((q) => q.value as number)));
/** How many values two sets share (a loop: asked for every candidate). */
function sharedValues(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const v of a) if (b.has(v)) n++;
  return n;
}

/** Per outlet (source rank): up to two page claims that link to it on their gated score alone. */
function outletsTelling(m: Matcher, scored: readonly Scored[]): Map<number, number[]> {
  const told = new Map<number, number[]>();
  scored.forEach((s, i) => {
    for (let k = 0; k < s.at.length; k++) {
      if ((s.score[k] as number) < LINK_THRESHOLD) continue;
      const src = m.sourceRank[s.at[k] as number] as number;
      const list = told.get(src) ?? [];
      if (list.length < 2 && list[list.length - 1] !== i) list.push(i);
      told.set(src, list);
    }
  });
  return told;
}

/** True when a page claim other than `i` links to the outlet on its gated score alone. */
function tellsStory(told: ReadonlyMap<number, number[]>, src: number, i: number): boolean {
  const list = told.get(src);
  return list !== undefined && list.some((j) => j !== i);
}

/** A page's candidates, gated candidates and feature rows, as matchClaims reads them (and the link model's training). */
export function pairsOfPage(m: Matcher, claims: readonly Claim[], excluded: ReadonlySet<string>, pageDate?: string): { probes: Probe[]; exclude: ReadonlySet<string>; cands: Candidates[]; scored: Scored[]; rows: Float64Array[] } {
  // Sources about another event (too far apart in time, too few of the page's names) are not matched: see same-story.ts.
  const pageNames = claims.length > 1 ? namesOf(claims) : new Set<string>();
  const others = claims.length > 1 || pageDate ? otherStories({ names: pageNames, date: pageDate, days: daysOf(claims), ...(claims.length > 1 ? storyKeysOf(claims, pageNames) : { keys: new Set<string>() }) }, m.sourceMarks) : new Set<string>();
  const exclude = others.size ? new Set([...excluded, ...others]) : excluded;
  const probes = claims.map((c) => probeFor(m, c));
  const cands = probes.map((p) => candidatesOf(m, p, exclude));
  const scored = cands.map(gatedOf);
  return { probes, exclude, cands, scored, rows: linkFeatureRows(m, probes, cands, scored) };
}

/** The score of a neighbouring pair when it is a link on its own, else 0 (binary search: `at` is sorted). */
function linkScore(m: Matcher, scored: Scored | undefined, at: number, sourceId: string): number {
  if (!scored || m.index.claims[at]?.sourceId !== sourceId) return 0;
  let lo = 0;
  let hi = scored.at.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = scored.at[mid] as number;
    if (x === at) {
      const s = scored.score[mid] as number;
      return s >= LINK_THRESHOLD ? s : 0;
    }
    if (x < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The best-matching claim of each other source for each of a page's claims (given in reading order),
 * above LINK_THRESHOLD, grouped by source. One sentence per outlet, unless the outlet states the fact
 * a second time and the index corroborates that sentence too (EXTRA_SENTENCE_SUPPORT): the reader
 * wants how each outlet told the fact, not every sentence that touches it.
 */
export function matchClaims(m: Matcher, claims: readonly Claim[], excluded: ReadonlySet<string>, pageDate?: string): Match[][] {
  const { probes, exclude, cands, scored, rows } = pairsOfPage(m, claims, excluded, pageDate);
  const scoring: LinkScoring = { claims: m.index.claims, figures: m.figures, eventClasses: m.eventClasses, score: (probe, at, gates) => scoreAt(m, probe, at, gates) };
  const told = outletsTelling(m, scored);
  const found = probes.map((probe, i) => {
    // Each outlet's most probable sentence, when probable enough (link-model.ts); reported with its
    // open score lifted by a linked neighbour (CONTINUITY_WEIGHT), on the 0..1 scale other scores use.
    const best = new Map<string, Match>();
    const chance = new Map<string, number>();
    const c = cands[i] as Candidates;
    const featureRows = rows[i] as Float64Array;
    for (let k = 0; k < c.at.length; k++) {
      const at = c.at[k] as number;
      const other = m.index.claims[at];
      if (!other) continue;
      const gated = c.gated[k] as number;
      const near = featureRows[k * ROW + NEIGHBOUR] as number;
      // A pair too weak to link on its own gated score links only with an outlet that another sentence
      // of the page links to on its own: the model's reading of where the pair stands (one-to-one, the
      // same place in both articles) means something only between two reports of one story, and a
      // lone sentence, or an unrelated article, is always "one-to-one" with its best match.
      if (gated < LINK_THRESHOLD && !tellsStory(told, m.sourceRank[at] as number, i)) continue;
      // The gates' own link (its score lifted by a linked neighbour) stands unless the model finds it
      // improbable; the model adds the pairs it finds probable.
      const p = linkProbability(featureRows, k * ROW);
      if (p < (gated + CONTINUITY_WEIGHT * near >= LINK_THRESHOLD ? VETO_PROBABILITY : LINK_PROBABILITY)) continue;
      if (p > (chance.get(other.sourceId) ?? 0)) {
        chance.set(other.sourceId, p);
        best.set(other.sourceId, { at, claim: other, score: (c.open[k] as number) + CONTINUITY_WEIGHT * near });
      }
    }
    // Links on their own gated score, for a second fact of a two-fact sentence (otherFactLinks): only a
    // sentence of several clauses can have one.
    const strong: Match[] = [];
    const own = scored[i];
    if (probe.clauses.length > 1 && own) for (let k = 0; k < own.at.length; k++) {
      const at = own.at[k] as number;
      const raw = own.score[k] as number;
      const other = m.index.claims[at];
      if (other && raw >= LINK_THRESHOLD) strong.push({ at, claim: other, score: raw });
    }
    const second = otherFactLinks(m, probe, best, strong);
    figureLinks(scoring, probe, exclude, best);
    tollLinks(scoring, probe, exclude, best);
    const more = [...second, ...corroborate(m, probe, exclude, best).filter((x) => !second.some((y) => y.at === x.at))];
    // An outlet's best sentence first: the stable sort below keeps it first within its outlet.
    return [...best.values(), ...more].map((x) => (x.score > 1 ? { ...x, score: 1 } : x));
  });
  sequenceLinks(scoring, probes, found, exclude);
  const pagePartners = headingPartners(claims, m.stats);
  return found.map((links, i) => {
    const partner = pagePartners[i] as number;
    const all = [...links, ...partnerLinks(m, probes[i] as Probe, links, partner >= 0 ? (found[partner] ?? []) : [], exclude)];
    // Stable sort: within an outlet, its best sentence comes first.
    return all.sort((a, b) => (m.sourceRank[a.at] as number) - (m.sourceRank[b.at] as number));
  });
}

/** Prefix of a counted-class feature (`n:people`, `n:attacks`: lib/claims/features.ts). */
const COUNTED_PREFIX = 'n:';

/**
 * A sentence that joins two facts ("…a foreign actor paid the rebel group’s fee for the October attack
 * on the harbour, which killed two civilians and injured more than seventy others…") may find
 * each fact in a different sentence of one outlet. Besides the outlet's best sentence, another of its
 * sentences is linked when it is a link on its own score, the best and it each match a clause of the
 * page sentence, not the same one, and the clause it matches counts what that sentence counts
 * (`n:people`): a toll or a count of attacks. Without the counted-class condition, clauses that share
 * only an attribution ("officials concluded…" / "officials have assessed…") or an aside about the same
 * person were linked: wrong links. Nor is a clause linked when the whole sentence was the best match:
 * that too added wrong links on the gold.
 */
function otherFactLinks(m: Matcher, probe: Probe, best: ReadonlyMap<string, Match>, strong: readonly Match[]): Match[] {
  if (probe.clauses.length < 2) return [];
  const extra: Match[] = [];
  const clauseOf = (at: number) => bestProbeClause(probe, m.entries[at] as IndexClaim, m.table, STRICT_GATES);
  for (const x of strong) {
    const top = best.get(x.claim.sourceId);
    if (!top || top.at === x.at) continue;
    const c = clauseOf(x.at);
    const t = clauseOf(top.at);
    if (c < 0 || t < 0 || c === t) continue;
    const counted = probe.clauses[c]?.features.filter((f) => f.startsWith(COUNTED_PREFIX)) ?? [];
    if (counted.some((f) => x.claim.features.includes(f))) extra.push(x);
  }
  return extra;
}

/**
 * A headline and its lede tell one fact twice (headingPartners). Links the page sentence to the
 * partner of each outlet sentence it links to, and to what its own partner links to, when the pair
 * scores PARTNER_LINK_SCORE under the relaxed gates.
 */
function partnerLinks(m: Matcher, probe: Probe, links: readonly Match[], partnerOwn: readonly Match[], exclude: ReadonlySet<string>): Match[] {
  const have = new Set(links.map((x) => x.at));
  const extra: Match[] = [];
  const consider = (at: number) => {
    if (at < 0 || have.has(at)) return;
    have.add(at);
    const other = m.index.claims[at];
    if (!other || exclude.has(other.sourceId)) return;
    const score = scoreAt(m, probe, at, CORROBORATED_GATES);
    if (score >= PARTNER_LINK_SCORE) extra.push({ at, claim: other, score: Math.min(1, score) });
  };
  for (const x of links) consider(m.partners[x.at] ?? -1);
  for (const x of partnerOwn) consider(x.at);
  return extra;
}

/**
 * What a page sentence must score (relaxed gates) against a heading partner to be linked to it: the
 * corroborated threshold (lower added a wrong link on the gold, higher lost differences). A headline's
 * "may have paid" beside the body's "offered payments" is the shift in certainty the reader came for.
 */
export const PARTNER_LINK_SCORE = CORROBORATED_THRESHOLD;

/** matchClaims for a single claim, read on its own (no neighbouring sentences): its links, grouped by source. */
export function matchClaim(m: Matcher, claim: Claim, exclude: ReadonlySet<string>): Match[] {
  return matchClaims(m, [claim], exclude)[0] ?? [];
}

/**
 * True when index claim `at` lists in its sentence a feature of the probe's sentence that is not too
 * common to retrieve by. Merges sorted ids: against 10,000 articles a page checks tens of thousands of
 * corroborating claims, and a string lookup per feature took 3 ms of a 2k-word page.
 */
function sharesSelective(m: Matcher, probe: Probe, at: number): boolean {
  const { flat, start, firstList } = m.table;
  const ids = probe.full.ids;
  const list = firstList[at] as number;
  let j = start[list] as number;
  const end = start[list + 1] as number;
  let i = 0;
  while (i < ids.length && j < end) {
    const x = ids[i] as number;
    const y = flat[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      if (m.common[x] === 0) return true;
      i++;
      j++;
    }
  }
  return false;
}

/** Set in supportScratch for a claim the index links to a near-restatement of the page sentence (above any count). */
const STRONG_LINK = 1 << 24;

/**
 * Corroboration: for an outlet with no direct match, a sentence of that outlet that the index links
 * to several of this claim's direct matches, or to one strong one, is a candidate, with lower gates
 * and threshold; it goes into `best`. For an outlet with a direct match, another of its sentences that
 * the index links to direct matches is returned as an extra link (EXTRA_SENTENCE_SUPPORT, _SCORE).
 */
function corroborate(m: Matcher, probe: Probe, exclude: ReadonlySet<string>, best: Map<string, Match>): Match[] {
  const extra: Match[] = [];
  const direct = [...best.values()];
  const directSources = new Set(direct.map((x) => x.claim.sourceId));
  // How many direct matches the index links each claim to, counted in the matcher's second scratch
  // array, with STRONG_LINK set when one of them is a near-restatement of this claim (support enough
  // on its own); only claims with enough support are kept, in index order. Flags and numbers, not
  // Sets: against 10,000 articles a 2k-word page walks 39,000 such links.
  const support = m.supportScratch;
  const linked: number[] = [];
  for (const d of direct) {
    const strong = d.score >= STRONG_SUPPORT_SCORE ? STRONG_LINK : 0;
    for (const at of m.index.neighbors[d.at] ?? []) {
      if (at >= support.length) continue;
      const v = support[at] as number;
      if (v === 0) linked.push(at);
      support[at] = (v + 1) | strong;
    }
  }
  const supported: number[] = [];
  // Every linked claim, as 2 × its position, plus 1 when the index links it to several direct matches
  // (an outlet's second sentence then needs less): sorted, in index order.
  const seconds: number[] = [];
  for (const at of linked) {
    const v = support[at] as number;
    support[at] = 0;
    const n = v & ~STRONG_LINK;
    if (n >= CORROBORATION_SUPPORT || v !== n) supported.push(at);
    seconds.push(2 * at + (n >= EXTRA_SENTENCE_SUPPORT ? 1 : 0));
  }
  // Typed arrays sort numerically without a comparator call per step (thousands per claim against a large index).
  for (const at of Int32Array.from(supported).sort()) {
    const other = m.index.claims[at];
    if (!other || exclude.has(other.sourceId) || directSources.has(other.sourceId)) continue;
    // Shared words all too common to retrieve by ("attack", "kill") are no evidence of one fact when the
    // support ran through a two-fact sentence: a casualty sentence reached an outlet's headline about
    // payments through another outlet's payment-and-casualties sentence.
    if (!sharesSelective(m, probe, at)) continue;
    const score = scoreAt(m, probe, at, CORROBORATED_GATES);
    if (score < CORROBORATED_THRESHOLD) continue;
    const prev = best.get(other.sourceId);
    if (!prev || score > prev.score) best.set(other.sourceId, { at, claim: other, score });
  }
  for (const x of Int32Array.from(seconds).sort()) {
    const at = x >> 1;
    const other = m.index.claims[at];
    if (!other || !directSources.has(other.sourceId) || best.get(other.sourceId)?.at === at) continue;
    const score = scoreAt(m, probe, at, CORROBORATED_GATES);
    if (score >= ((x & 1) === 1 ? CORROBORATED_THRESHOLD : EXTRA_SENTENCE_SCORE)) extra.push({ at, claim: other, score });
  }
  return extra;
}

/**
 * Both sentences count one kind of thing, every pair of their figures of that kind is far apart, and
 * they name no one in common (or they count TWO_TALLIES_KEYS kinds so): two participants' figures
 * ("Shares in AT&T fell by more than 2 per cent" / "CrowdStrike shares closed down 11%"), not one
 * fact told twice. Who is only said to speak is no participant (participantsApart): two sources may
 * give one figure differently (tests/corpus/TUNING.md, session 33).
 */
function figuresOfOthers(a: Claim, b: Claim): boolean {
  const fa = countedFigures(a);
  // Most pairs count nothing on one side: decided before any name is looked at.
  if (fa.length === 0) return false;
  const fb = countedFigures(b);
  if (fb.length === 0) return false;
  const keys = new Set<string>();
  for (const x of fa) for (const y of fb) {
    if (x.counted !== y.counted) continue;
    keys.add(x.counted);
    const lo = Math.min(x.size, y.size);
    const hi = Math.max(x.size, y.size);
    if (lo === 0 || hi / lo <= FAR_FIGURES) return false;
  }
  if (keys.size === 0) return false;
  return keys.size >= TWO_TALLIES_KEYS || participantsApart(a, b);
}
/**
 * Figures of this many kinds, every one far apart between the two sentences, are two tallies even of
 * one participant ("52 goals in 77 games for Brazil" / "105 goals in 186 games for the club"): a
 * figure revised between reports changes one figure, not every one. Two, the least that says so
 * (tests/corpus/TUNING.md, session 33).
 */
const TWO_TALLIES_KEYS = 2;
/**
 * Every date of one sentence lies more than this many years from every date of the other: "the first
 * such storm to reach the coast since 2011" and "the next is due in 2030", the first record set in
 * one city "since 1999" and outside another "since 2002", tell two events of one kind,
 * however alike the words. Closer years may be one event dated wrongly ("2030" / "2031"), a
 * contradiction to show. Tuned stories: precision 0.827 → 0.830, recall 0.662 → 0.663, two gold
 * differences fewer (tests/corpus/TUNING.md); 1 and 2 years read the same, 5 one wrong link more.
 */
export const EVENTS_YEARS_APART = 3;
const YEAR_MS = 365.25 * 86_400_000;
/** A claim's dates as [first, last] instants (ms), read once per claim: asked of every candidate over the link floor. */
const spansOf = oncePer((c: Claim): readonly (readonly [number, number])[] => c.dates.map((d) => [Date.parse(d.from), Date.parse(d.to)] as const));
function yearsApart(a: Claim, b: Claim): boolean {
  if (a.dates.length === 0 || b.dates.length === 0) return false;
  const sb = spansOf(b);
  for (const [xf, xt] of spansOf(a)) for (const [yf, yt] of sb) {
    if (!(Math.max(xf - yt, yf - xt) > EVENTS_YEARS_APART * YEAR_MS)) return false;
  }
  return true;
}
/** A claim's figures that say what they count, with their size, read once per claim. */
const countedFigures = oncePer((c: Claim): readonly { counted: string; size: number }[] =>
  c.quantities.filter((q) => q.counted !== 'unknown' && q.value !== null).map((q) => ({ counted: q.counted, size: Math.abs(q.value as number) })));
/** Two figures of one kind further apart than this ratio cannot be one figure rounded or revised (numbers.ts pairs closer ones as one figure told two ways). */
const FAR_FIGURES = 1.25;
