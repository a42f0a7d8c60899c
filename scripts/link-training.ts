/**
 * The link model's training data (lib/match/link-model.ts): every candidate pair of the tuned stories'
 * pages, labelled from their gold, each story against its own articles and all of them in one index.
 * Held-out stories (tests/corpus/split.json) are never read. Used by `npm run train-links`
 * (scripts/train-link-model.ts) and by the test that the committed weights are this data's fit.
 */
import { pageClaims } from '../lib/annotate/annotate';
import { goldMates } from '../lib/eval/score';
import { buildIndex } from '../lib/index/build';
import { fitLinkWeights, type LinkWeights } from '../lib/match/link-model';
import { createMatcher, pairsOfPage, ROW, type Matcher } from '../lib/match/matcher';
import type { Index } from '../lib/index/schema';
import type { Article } from '../lib/seeds/metadata';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticles } from './articles';
import { GOLD_SETS, loadGold, SEED_SET_NAMES, tunedStories } from './eval';

/** One candidate pair: its story, its slot (page sentence × outlet), the outlet sentence, features and gold label. */
export interface Row { story: string; slot: string; target: string; features: number[]; label: number }

/** A story's gold read: its articles, and each page sentence's gold mates by source (goldMates). */
interface StoryGold { name: string; gold: ReturnType<typeof loadGold>; all: Map<string, Article>; mates: ReturnType<typeof goldMates> }

function storyGold(name: string, file: string, dirs: readonly string[]): StoryGold {
  const gold = loadGold(file);
  const all = new Map(dirs.flatMap((d) => readArticles(d)).map((a) => [a.id, a]));
  return { name, gold, all, mates: goldMates(gold, new Map([...all].map(([k, a]) => [k, a.text]))) };
}

/**
 * Every candidate pair of every page of a story against an index (its own articles, or those of many
 * stories), labelled from its gold, and the slots the gold fills. `tag` keeps slots of two indexes apart.
 */
function rowsOf(s: StoryGold, index: Index, m: Matcher, tag: string): { rows: Row[]; expected: Map<string, Set<string>> } {
  const { gold, all, mates } = s;
  const rows: Row[] = [];
  const expected = new Map<string, Set<string>>();
  for (const id of gold.pages) {
    const a = all.get(id)!;
    const claims = pageClaims({ text: a.text, url: `urn:parallax:source:${id}`, ...(a.meta.date ? { date: a.meta.date } : {}) });
    const { cands, rows: features } = pairsOfPage(m, claims, new Set([id]), a.meta.date);
    claims.forEach((c, i) => {
      const key = `${id}@${c.start}`;
      const bySource = mates.get(key);
      for (const [src, targets] of bySource ?? []) expected.set(`${tag}:${key}>${src}`, targets);
      const cand = cands[i]!;
      cand.at.forEach((at, k) => {
        const other = index.claims[at]!;
        const target = `${other.sourceId}@${other.start}`;
        rows.push({ story: s.name, slot: `${tag}:${key}>${other.sourceId}`, target, features: [...features[i]!.subarray(k * ROW, (k + 1) * ROW)], label: bySource?.get(other.sourceId)?.has(target) ? 1 : 0 });
      });
    });
  }
  return { rows, expected };
}

/** Slot-level precision and recall of linking each slot's most probable candidate when it reaches `threshold`. */
export function slotScores(rows: readonly Row[], prob: readonly number[], expected: ReadonlyMap<string, Set<string>>, threshold: number) {
  const best = new Map<string, { p: number; target: string }>();
  rows.forEach((r, n) => {
    const p = prob[n]!;
    if (p < threshold) return;
    const b = best.get(r.slot);
    if (!b || p > b.p) best.set(r.slot, { p, target: r.target });
  });
  let correct = 0;
  for (const [slot, b] of best) if (expected.get(slot)?.has(b.target)) correct++;
  const precision = best.size ? correct / best.size : 1;
  const recall = expected.size ? correct / expected.size : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, predicted: best.size, correct };
}

/** The training rows and the slots the gold fills, and the tuned sets read. */
export function linkTrainingData(): { rows: Row[]; expected: Map<string, Set<string>>; stories: string[] } {
  const tuned = tunedStories();
  const sets = GOLD_SETS.filter((s) => tuned.has(s.name));
  const rows: Row[] = [];
  const expected = new Map<string, Set<string>>();
  const add = (r: { rows: Row[]; expected: Map<string, Set<string>> }) => {
    rows.push(...r.rows);
    for (const [k, v] of r.expected) expected.set(k, v);
  };
  const golds = sets.map((s) => storyGold(s.name, s.file, s.dirs));
  // Each story against its own articles, as the eval reads it...
  for (const g of golds) {
    const index = buildIndex(g.gold.index.map((id) => g.all.get(id)!), `parallax ${PARALLAX_VERSION}`);
    add(rowsOf(g, index, createMatcher(index), 'own'));
  }
  // ...and against one index of every tuned corpus story, as a reader's corpus mixes the stories they
  // follow (the seed story's sets are left out, as scripts/eval-mixed.ts leaves them): scores and
  // weights shift with what else the index holds, and the model must read both.
  const corpus = golds.filter((g) => !SEED_SET_NAMES.has(g.name));
  const mixed = buildIndex(corpus.flatMap((g) => g.gold.index.map((id) => g.all.get(id)!)), `parallax ${PARALLAX_VERSION}`);
  const mixedMatcher = createMatcher(mixed);
  for (const g of corpus) add(rowsOf(g, mixed, mixedMatcher, 'mixed'));
  return { rows, expected, stories: sets.map((s) => s.name) };
}

/** The weights fitted on rows (the L2 penalty small: the rows are many, the features few). */
export function fitRows(rows: readonly Row[], stories: string[]): LinkWeights {
  return fitLinkWeights(rows.map((r) => r.features), rows.map((r) => r.label), 1e-3, stories);
}
