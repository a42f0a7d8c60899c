/**
 * npm run eval: scores Parallax against the hand-labelled gold in tests/gold/ (seeds, then the
 * held-out articles written for the tests), beside a naive TF-IDF baseline.
 * `--verbose` lists every miss and false link. `--json <file>` writes the figures. `--mixed` puts the
 * corpus stories in one index (scripts/eval-mixed.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { annotatePage } from '../lib/annotate/annotate';
import type { PageAnnotations } from '../lib/annotate/schema';
import { extractClaims } from '../lib/claims/extract';
import { compareClaims } from '../lib/compare/compare';
import { createBaseline } from '../lib/eval/baseline';
import { GoldSchema, type Gold } from '../lib/eval/gold';
import { score, type Metrics } from '../lib/eval/score';
import { buildIndex, referenceDate } from '../lib/index/build';
import { createMatcher } from '../lib/match/matcher';
import type { Article } from '../lib/seeds/metadata';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticles } from './articles';
import { ROOT, SEEDS_DIR } from './seed-index';
import { evaluateMixed } from './eval-mixed';

/** A gold file and the folders holding its articles. */
export interface GoldSet { name: string; file: string; dirs: string[] }

const CORPUS_DIR = path.join(ROOT, 'tests/corpus');
/** The seed story: the five seeds, then articles written for the tests against them. */
const SEED_SETS: GoldSet[] = [
  { name: 'seeds', file: 'tests/gold/seeds.gold.json', dirs: [SEEDS_DIR] },
  { name: 'held-out', file: 'tests/gold/heldout.gold.json', dirs: [SEEDS_DIR, path.join(CORPUS_DIR, 'heldout')] },
];

/** Every story of tests/corpus/<story>/ that has a gold.json beside its articles, by name. */
function corpusSets(): GoldSet[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(CORPUS_DIR, e.name, 'gold.json')))
    .map((e) => ({ name: e.name, file: path.join('tests/corpus', e.name, 'gold.json'), dirs: [path.join(CORPUS_DIR, e.name)] }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const GOLD_SETS: GoldSet[] = [...SEED_SETS, ...corpusSets()];
/** The seed story's gold sets' names (left out of the mixed index: their second set is written against the seeds alone). */
export const SEED_SET_NAMES: ReadonlySet<string> = new Set(SEED_SETS.map((s) => s.name));

/** tests/corpus/split.json: which stories were tuned on; every other story is held out. */
const SplitSchema = z.object({ description: z.string(), tuned: z.array(z.string()), heldOut: z.array(z.string()) });
export function tunedStories(): Set<string> {
  const file = path.join(CORPUS_DIR, 'split.json');
  const r = SplitSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  return new Set(r.data.tuned);
}

/** An article that reports another event of the same kind: any link to or from it is wrong. */
export const isLookalike = (id: string): boolean => /(?:^|-)lookalike(?:-|$)/.test(id);

export function loadGold(file: string): Gold {
  const r = GoldSchema.safeParse(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  return r.data;
}

export interface EvalResult { name: string; parallax: Metrics; baseline: Metrics; lookalikeLinks: number }

export function evaluate(gold: Gold, name: string, dirs: readonly string[]): EvalResult {
  const all = new Map<string, Article>(dirs.flatMap((d) => readArticles(d)).map((a) => [a.id, a]));
  const get = (id: string) => {
    const a = all.get(id);
    if (!a) throw new Error(`${name}: no article "${id}" in ${dirs.map((d) => path.relative(ROOT, d)).join(', ')}`);
    return a;
  };
  const index = buildIndex(gold.index.map(get), `parallax ${PARALLAX_VERSION}`);
  const matcher = createMatcher(index);
  const baseline = createBaseline(index);
  const texts = new Map([...all].map(([id, a]) => [id, a.text]));
  const claimStarts = new Map(index.claims.map((c) => [c.id, c.start]));
  const ours = new Map<string, PageAnnotations>();
  const theirs = new Map<string, PageAnnotations>();
  for (const id of gold.pages) {
    const a = get(id);
    const page = { text: a.text, url: `urn:parallax:source:${id}`, ...(a.meta.date ? { date: a.meta.date } : {}) };
    ours.set(id, annotatePage(page, matcher));
    // The baseline is told which article the page is; Parallax has to recognise it.
    const exclude = new Set([id]);
    const annotations = extractClaims(a.text, 'page', referenceDate(a.meta.date)).flatMap((c) => {
      const links = baseline(c.text, exclude).map((m) => {
        const differences = compareClaims(c, m.claim);
        return { sourceId: m.claim.sourceId, outlet: m.claim.sourceId, claimId: m.claim.id, text: m.claim.text, fact: '', score: m.score, relation: differences.length ? ('differs' as const) : ('agrees' as const), differences };
      });
      return links.length ? [{ id: c.id, text: c.text, start: c.start, end: c.end, prefix: '', suffix: '', kind: c.kind, status: 'corroborated' as const, links }] : [];
    });
    theirs.set(id, { url: id, excluded: [id], claims: 0, annotations });
  }
  let lookalikeLinks = 0;
  for (const [id, page] of ours) for (const a of page.annotations) for (const l of a.links) if (isLookalike(id) || isLookalike(l.sourceId)) lookalikeLinks++;
  return { name, parallax: score(gold, texts, ours, claimStarts), baseline: score(gold, texts, theirs, claimStarts), lookalikeLinks };
}

/** Counts of several stories added up, ratios computed again from the sums. */
export function total(ms: readonly Metrics[]): Metrics {
  const sum = (f: (m: Metrics) => number) => ms.reduce((n, m) => n + f(m), 0);
  const predicted = sum((m) => m.predicted);
  const correct = sum((m) => m.correct);
  const expected = sum((m) => m.expected);
  const slots = sum((m) => m.recall * m.expected);
  const precision = predicted ? correct / predicted : 1;
  const recall = expected ? slots / expected : 1;
  const differencesExpected = sum((m) => m.differencesExpected);
  const differencesFound = sum((m) => m.differencesFound);
  return {
    predicted, correct, expected, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    differencesExpected, differencesFound,
    discrepancyRecall: differencesExpected ? differencesFound / differencesExpected : 1,
    conflictFalseAlarms: sum((m) => m.conflictFalseAlarms),
    conflictsExpected: sum((m) => m.conflictsExpected),
    conflictsShown: sum((m) => m.conflictsShown),
    selfLinks: sum((m) => m.selfLinks),
    errors: [],
  };
}

const pct = (x: number) => x.toFixed(3);
function row(label: string, m: Metrics): string {
  return `${label.padEnd(30)} ${pct(m.precision).padStart(6)} ${pct(m.recall).padStart(6)} ${pct(m.f1).padStart(6)}   ${`${m.differencesFound}/${m.differencesExpected}`.padStart(7)} ${pct(m.discrepancyRecall).padStart(6)}   ${String(m.conflictFalseAlarms).padStart(4)}   ${String(m.selfLinks).padStart(4)}   (${m.correct}/${m.predicted} predicted, ${m.expected} expected; conflicts shown ${m.conflictsShown}/${m.conflictsExpected})`;
}

/** The issue's targets for one corpus story. */
const STORY_TARGETS = { f1: 0.85, discrepancyRecall: 0.8, conflictFalseAlarms: 2 } as const;

function main() {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, json: { type: 'string' }, story: { type: 'string' }, tuned: { type: 'boolean', default: false }, mixed: { type: 'boolean', default: false } } });
  const results: EvalResult[] = [];
  const tuned = tunedStories();
  const header = `${''.padEnd(30)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'diffs'.padStart(7)} ${'recall'.padStart(6)}   ${'FA'.padStart(4)}   ${'self'.padStart(4)}`;
  console.log(header);
  if (values.mixed) {
    // The corpus stories (with --tuned, the tuned ones only) in one index.
    const chosen = GOLD_SETS.filter((s) => !SEED_SETS.includes(s) && (!values.tuned || tuned.has(s.name)) && (!values.story || s.name === values.story));
    const r = evaluateMixed(chosen.map((s) => ({ name: s.name, gold: loadGold(s.file), dirs: s.dirs })));
    for (const s of r.stories) console.log(row(`${s.name} (${tuned.has(s.name) ? 'tuned' : 'held out'}, mixed)`, s.metrics));
    for (const [label, group] of [['total, tuned, mixed', r.stories.filter((s) => tuned.has(s.name))], ['total, held out, mixed', r.stories.filter((s) => !tuned.has(s.name))]] as const) {
      if (group.length) console.log(row(`${label} (${group.length})`, total(group.map((s) => s.metrics))));
    }
    console.log(`one index of ${r.articles} articles from ${r.stories.length} stories; links into another story: ${r.crossLinks} (${r.crossConflicts} showing a conflict)`);
    if (values.verbose) for (const e of r.crossExamples) console.log(`  cross-story link: ${e}`);
    return;
  }
  for (const set of GOLD_SETS) {
    if (values.story && set.name !== values.story) continue;
    // --tuned: only the stories tuned on, so that tuning never reads a held-out story's figures.
    if (values.tuned && !tuned.has(set.name)) continue;
    const r = evaluate(loadGold(set.file), set.name, set.dirs);
    results.push(r);
    const tag = tuned.has(set.name) ? 'tuned' : 'held out';
    console.log(row(`${set.name} (${tag})`, r.parallax) + (r.lookalikeLinks ? `   look-alike links: ${r.lookalikeLinks}` : ''));
    console.log(row(`  TF-IDF baseline`, r.baseline));
    if (values.verbose) for (const e of r.parallax.errors) console.log(`  ${e}`);
  }
  const stories = results.filter((r) => r.name !== 'held-out');
  for (const [label, group] of [['total, tuned', stories.filter((r) => tuned.has(r.name))], ['total, held out', stories.filter((r) => !tuned.has(r.name))], ['total, all stories', stories]] as const) {
    if (group.length) console.log(row(`${label} (${group.length})`, total(group.map((r) => r.parallax))) + `   look-alike links: ${group.reduce((n, r) => n + r.lookalikeLinks, 0)}`);
  }
  console.log('P/R/F1: link slots (page sentence × other outlet). diffs: gold differences found on a linked pair, same kind. FA: conflict false alarms. self: links to the page’s own article. conflicts shown: the gold’s contradictions (pair and kind) that a link shows as a contradiction.');
  const seeds = results.find((r) => r.name === 'seeds')?.parallax;
  if (seeds) {
    const targets = [
      ['link F1 ≥ 0.90', seeds.f1 >= 0.9],
      ['discrepancy recall ≥ 0.90', seeds.discrepancyRecall >= 0.9],
      ['conflict false alarms ≤ 2', seeds.conflictFalseAlarms <= 2],
      ['zero self-links', seeds.selfLinks === 0],
    ] as const;
    for (const [name, ok] of targets) console.log(`seeds target ${name}: ${ok ? 'met' : 'MISSED'}`);
  }
  for (const r of stories) {
    if (r.name === 'seeds') continue;
    const p = r.parallax;
    const missed = [
      p.f1 < STORY_TARGETS.f1 && `F1 ${pct(p.f1)} < ${STORY_TARGETS.f1}`,
      p.discrepancyRecall < STORY_TARGETS.discrepancyRecall && `discrepancy recall ${pct(p.discrepancyRecall)} < ${STORY_TARGETS.discrepancyRecall}`,
      p.conflictFalseAlarms > STORY_TARGETS.conflictFalseAlarms && `${p.conflictFalseAlarms} conflict false alarms`,
      r.lookalikeLinks > 0 && `${r.lookalikeLinks} look-alike links`,
      p.selfLinks > 0 && `${p.selfLinks} self-links`,
    ].filter(Boolean);
    console.log(`story ${r.name} (${tuned.has(r.name) ? 'tuned' : 'held out'}) targets: ${missed.length ? `MISSED (${missed.join('; ')})` : 'met'}`);
  }
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results.map(({ name, parallax, baseline, lookalikeLinks }) => ({ name, tuned: tuned.has(name), lookalikeLinks, parallax: { ...parallax, errors: undefined }, baseline: { ...baseline, errors: undefined } })), null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
