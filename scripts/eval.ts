/**
 * npm run eval: scores Parallax against the hand-labelled gold in tests/gold/ (seeds, then the
 * held-out articles written for the tests), beside a naive TF-IDF baseline.
 * `--verbose` lists every miss and false link. `--json <file>` writes the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
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

export const GOLD_SETS = [
  { name: 'seeds', file: 'tests/gold/seeds.gold.json' },
  { name: 'held-out', file: 'tests/gold/heldout.gold.json' },
];
const HELDOUT_DIR = path.join(ROOT, 'tests/corpus/heldout');

export function loadGold(file: string): Gold {
  const r = GoldSchema.safeParse(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  return r.data;
}

export interface EvalResult { name: string; parallax: Metrics; baseline: Metrics }

export function evaluate(gold: Gold, name: string): EvalResult {
  const all = new Map<string, Article>([...readArticles(SEEDS_DIR), ...readArticles(HELDOUT_DIR)].map((a) => [a.id, a]));
  const get = (id: string) => {
    const a = all.get(id);
    if (!a) throw new Error(`${name}: no article "${id}" in seeds/ or tests/corpus/heldout/`);
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
  return { name, parallax: score(gold, texts, ours, claimStarts), baseline: score(gold, texts, theirs, claimStarts) };
}

const pct = (x: number) => x.toFixed(3);
function row(label: string, m: Metrics): string {
  return `${label.padEnd(30)} ${pct(m.precision).padStart(6)} ${pct(m.recall).padStart(6)} ${pct(m.f1).padStart(6)}   ${`${m.differencesFound}/${m.differencesExpected}`.padStart(7)} ${pct(m.discrepancyRecall).padStart(6)}   ${String(m.conflictFalseAlarms).padStart(4)}   ${String(m.selfLinks).padStart(4)}   (${m.correct}/${m.predicted} predicted, ${m.expected} expected)`;
}

function main() {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, json: { type: 'string' } } });
  const results: EvalResult[] = [];
  console.log(`${''.padEnd(30)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'diffs'.padStart(7)} ${'recall'.padStart(6)}   ${'FA'.padStart(4)}   ${'self'.padStart(4)}`);
  for (const set of GOLD_SETS) {
    const r = evaluate(loadGold(set.file), set.name);
    results.push(r);
    console.log(row(`${set.name}: Parallax`, r.parallax));
    console.log(row(`${set.name}: TF-IDF baseline`, r.baseline));
    if (values.verbose) for (const e of r.parallax.errors) console.log(`  ${e}`);
  }
  console.log('P/R/F1: link slots (page sentence × other outlet). diffs: gold differences found on a linked pair, same kind. FA: conflict false alarms. self: links to the page’s own article.');
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
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results.map(({ name, parallax, baseline }) => ({ name, parallax: { ...parallax, errors: undefined }, baseline: { ...baseline, errors: undefined } })), null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
