import type { Claim } from '../claims/schema';
import { eventClasses } from '../claims/quantities';
import { namesApart } from '../claims/names-apart';
import { claimsMeeting, distinctiveFigures, figuresClash, type FigureTable } from './figures';
import type { Gates, Probe } from './similarity';

/**
 * Links made on evidence other than shared words, for an outlet a page sentence has no link to yet:
 * the same distinctive figure (figureLinks), the same toll (tollLinks), the place after a linked
 * sentence in a retelling (sequenceLinks). The matcher (matcher.ts) calls them after its own scoring;
 * each pair they link still has to pass gates and a score of its own.
 */

/** A link: the index claim at a position, and its score. */
export interface Match {
  at: number;
  claim: Claim;
  score: number;
}

/** What these rules read of the matcher: its claims, figure tables and its scoring of a pair. */
export interface LinkScoring {
  claims: readonly Claim[];
  figures: FigureTable;
  /** Per claim position that counts people by an event (isEventCount): the classes it counts. */
  eventClasses: ReadonlyMap<number, readonly string[]>;
  score(probe: Probe, at: number, gates: Gates): number;
}

/**
 * Gates and score for a sequence link (sequenceLinks): one shared concept and one more feature, at a
 * score a little under LINK_THRESHOLD. On the tuned stories 0.2 found 7 more slots and 10 more wrong
 * links than 0.25; 0.3 lost 3 slots (tests/corpus/TUNING.md).
 */
export const SEQUENCE_GATES: Gates = { concepts: 1, features: 1 };
export const SEQUENCE_LINK_SCORE = 0.25;

/**
 * Sequence links: outlets that retell one report keep its order, a translated copy sentence by
 * sentence. When page sentence i−1 links to an outlet's sentence j−1 and sentence i has no link to
 * that outlet, i is linked to j if the pair passes SEQUENCE_GATES at SEQUENCE_LINK_SCORE: the order
 * stands in for the words a retelling changed ("The Argentine hobby celebrated in the Obelisk until
 * the night" after the sentence on the fans' celebrations). Only the sentence after a link, never a
 * chain of them: each added link rests on a link found on its own evidence. The sentence before a link
 * was tried too: P 0.868 → 0.865 for R 0.644 → 0.650 on the tuned stories, not kept.
 */
export function sequenceLinks(m: LinkScoring, probes: readonly Probe[], found: Match[][], exclude: ReadonlySet<string>): void {
  const added: [number, Match][] = [];
  for (let i = 1; i < found.length; i++) {
    const have = new Set((found[i] as Match[]).map((x) => x.claim.sourceId));
    for (const x of found[i - 1] as Match[]) {
      const source = x.claim.sourceId;
      if (have.has(source) || exclude.has(source)) continue;
      const at = x.at + 1;
      const other = m.claims[at];
      if (!other || other.sourceId !== source) continue;
      const score = m.score(probes[i] as Probe, at, SEQUENCE_GATES);
      if (score < SEQUENCE_LINK_SCORE) continue;
      added.push([i, { at, claim: other, score }]);
      have.add(source);
    }
  }
  for (const [i, x] of added) (found[i] as Match[]).push(x);
}

/**
 * Gates for a pair that states one distinctive figure of one counted thing (lib/match/figures.ts):
 * the figure (its counted class, `n:…`) stands in for the words, so nothing else need be shared. What
 * keeps other facts out is the figure's own test, the same story, no clashing figure and no
 * disjoint names (figureLinks); requiring a shared concept beside it lost links and no false alarm.
 */
export const FIGURE_GATES: Gates = { concepts: 0, features: 1 };
/**
 * What a figure-linked pair must score under FIGURE_GATES: a figure in a long sentence that shares
 * nothing else scores under it. The tuned stories' figures barely move between 0.1 and 0.2
 * (tests/corpus/TUNING.md); 0.15 keeps a margin over the lowest.
 */
export const FIGURE_LINK_SCORE = 0.15;

/**
 * Figure links: for an outlet the page sentence has no link to, its sentence stating the same
 * distinctive figure of the same counted thing ("attendance was 88,966" / "a crowd of more than
 * 88,000") is linked when the pair passes FIGURE_GATES at FIGURE_LINK_SCORE; of several such
 * sentences in one outlet, the best scoring. Goes into `best` (the outlet's one link) before
 * corroboration, which then counts it as a direct match (tuned stories: R 0.615 → 0.617, P 0.866 →
 * 0.867 against running it after).
 */
export function figureLinks(m: LinkScoring, probe: Probe, exclude: ReadonlySet<string>, best: Map<string, Match>): void {
  const figures = distinctiveFigures(probe.claim);
  if (figures.length === 0) return;
  bestOfOutlets(m, probe, claimsMeeting(m.figures, figures), exclude, best, (other) => !figuresClash(probe.claim, other));
}

/**
 * For each outlet without a link in `best`, its candidate (positions `ats`) that `fits` (when given), whose names
 * are not disjoint from the page sentence's and that scores FIGURE_LINK_SCORE under FIGURE_GATES: the
 * best scoring goes into `best`.
 */
function bestOfOutlets(m: LinkScoring, probe: Probe, ats: Iterable<number>, exclude: ReadonlySet<string>, best: Map<string, Match>, fits?: (other: Claim) => boolean): void {
  const found = new Map<string, Match>();
  for (const at of ats) {
    const other = m.claims[at];
    if (!other || exclude.has(other.sourceId) || best.has(other.sourceId)) continue;
    if ((fits && !fits(other)) || namesApart(probe.claim, other, true)) continue;
    const score = m.score(probe, at, FIGURE_GATES);
    if (score < FIGURE_LINK_SCORE) continue;
    const prev = found.get(other.sourceId);
    if (!prev || score > prev.score) found.set(other.sourceId, { at, claim: other, score });
  }
  for (const [source, x] of found) best.set(source, x);
}

/**
 * Toll links: for an outlet the page sentence still has no link to, its sentence counting people by
 * the same event ("the death toll rises to 53" / "passed to 114 dead": isEventCount, same class) is
 * linked whatever the two figures, when the pair passes FIGURE_GATES at FIGURE_LINK_SCORE and the
 * names are not disjoint; of several, the best scoring. A toll revised between reports is the
 * difference a reader follows a story for, and two tolls of one event disagreeing is a conflict to
 * show. Counts of a noun are left out: "87,314 employees" (a workforce) and "about 11,000 employees"
 * (a cut) are two facts (tuned stories: counting them too added that false link and its false alarm).
 */
export function tollLinks(m: LinkScoring, probe: Probe, exclude: ReadonlySet<string>, best: Map<string, Match>): void {
  const classes = eventClasses(probe.claim);
  if (classes.size === 0) return;
  const ats = [...m.eventClasses].filter(([, counted]) => counted.some((k) => classes.has(k))).map(([at]) => at);
  bestOfOutlets(m, probe, ats, exclude, best, (other) => !statesApart(probe.claim, other));
}

/** The states a claim's features name (`e:@…`), as actors or as places ("In Belgium the toll climbed to 31"). */
const statesNamed = (c: Claim): string[] => c.features.filter((f) => f.startsWith('e:@'));

/**
 * Both claims name states and share none: "In Belgium the number of the dead climbed to 31" and "At
 * least 180 people have died in Germany" are two countries' tolls. A state named as a place is not an
 * actor (similarity's states test leaves it out), but a toll is counted somewhere.
 */
function statesApart(a: Claim, b: Claim): boolean {
  const x = statesNamed(a);
  const y = statesNamed(b);
  return x.length > 0 && y.length > 0 && !x.some((f) => y.includes(f));
}
