/**
 * The engine alone, in Node: building, storing and loading indexes, and annotating pages against them.
 * The background service worker runs the same code (lib/) in the same engine (V8), so these figures
 * are what matching costs there, without messaging, storage or the page.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { annotatePage } from '../../lib/annotate/annotate';
import { extractClaims } from '../../lib/claims/extract';
import { buildIndex, referenceDate } from '../../lib/index/build';
import { fromStored, parseIndex, serializeIndex, type Index, type StoredIndex } from '../../lib/index/schema';
import { createMatcher, matchClaims, type Matcher } from '../../lib/match/matcher';
import { PARALLAX_VERSION } from '../../lib/version';
import type { Article } from '../../lib/seeds/metadata';
import { readArticles } from '../articles';
import { ROOT, SEEDS_DIR } from '../seed-index';
import { summarize, timeRuns, type Summary } from './stats';
import { mixOf, syntheticArticles, type SyntheticMix } from './synthetic';

// The extension's contexts set this (no code generation under MV3's CSP); parse the index the same way.
z.config({ jitless: true });

export interface IndexFigures {
  name: string;
  articles: number;
  claims: number;
  /** What the index is made of (synthetic indexes only). */
  mix?: SyntheticMix;
  /** buildIndex on the articles (extraction and linking). */
  build: Summary;
  /** True when the build time was measured on an earlier run (the index came from the cache). */
  buildCached: boolean;
  /** Extraction's share of one build (claims of every article), to tell it from linking. */
  extractMs: number;
  rawBytes: number;
  gzipBytes: number;
  /** Links between index claims (neighbors), per claim. */
  linksPerClaim: number;
  /** JSON.parse + parseIndex (zod, jitless), as the background loads index.json. */
  load: Summary;
  /** createMatcher: postings and feature statistics. */
  matcher: Summary;
  /**
   * V8 heap held by the parsed index and its matcher (after GC), in Node. Chrome compresses pointers
   * and Node 20 does not: the service worker held 167 MB for the 10,000-article index where Node holds
   * about 400 MB, so read this as an upper bound (the browser part measures the worker itself).
   */
  heapBytes: number | null;
}

/**
 * annotatePage on one page against two indexes, run in alternation (A B, B A, A B…): the ratio of
 * their medians then compares the same moments of the machine. Timed one index after the other, the
 * ratio moved with the machine: the 5-seed runs of one full bench measured 29.8 ms (19.3 in the run
 * before, on the same code), right after the 10,000-article index was built, and the ratio read 1.76.
 */
export interface PairedFigures {
  page: string;
  base: string;
  other: string;
  baseTotal: Summary;
  otherTotal: Summary;
  /** otherTotal.median / baseTotal.median. */
  ratio: number;
  /** The same ratio, round by round (one run of each). */
  roundRatios: Summary;
}

export function pairedFigures(
  page: { name: string; text: string },
  base: { name: string; matcher: Matcher },
  other: { name: string; matcher: Matcher },
  rounds: number,
  warmup: number,
): PairedFigures {
  const once = (m: Matcher): number => {
    const t0 = performance.now();
    annotatePage({ text: page.text, url: `https://bench.invalid/${page.name}` }, m);
    return performance.now() - t0;
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < warmup + rounds; r++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = once(base.matcher);
      y = once(other.matcher);
    } else {
      y = once(other.matcher);
      x = once(base.matcher);
    }
    if (r < warmup) continue;
    a.push(x);
    b.push(y);
  }
  const baseTotal = summarize(a);
  const otherTotal = summarize(b);
  return { page: page.name, base: base.name, other: other.name, baseTotal, otherTotal, ratio: otherTotal.median / baseTotal.median, roundRatios: summarize(a.map((x, i) => (b[i] as number) / x)) };
}

export interface AnnotateFigures {
  page: string;
  words: number;
  index: string;
  /** annotatePage: extraction + matching + comparison. */
  total: Summary;
  /** extractClaims on the same text: the part of `total` that does not depend on the index. */
  extract: Summary;
  /** matchClaims over the page's claims: retrieval and scoring, the part that grows with the index. */
  match: Summary;
  claims: number;
  annotations: number;
  links: number;
}

/** A fingerprint of everything an index build depends on: the engine, the seeds and the generator. */
export function buildFingerprint(): string {
  const h = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(ROOT, 'lib'));
  walk(path.join(ROOT, 'seeds'));
  for (const f of ['synthetic.ts', 'filler.ts', 'synthetic-rng.ts']) files.push(path.join(ROOT, 'scripts', 'bench', f));
  files.push(path.join(ROOT, 'scripts', 'articles.ts'));
  for (const f of files) h.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

let gcFn: (() => void) | null | undefined;
/** A full garbage collection, when V8 lets us ask for one. */
function gc(): boolean {
  if (gcFn === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  if (!gcFn) return false;
  gcFn();
  gcFn();
  return true;
}

function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

export interface BuiltIndex {
  index: Index;
  json: string;
  figures: Omit<IndexFigures, 'load' | 'matcher' | 'heapBytes'>;
}

/** Time to extract the claims of every article: the part of a build that is not linking. */
function extractionMs(articles: readonly Article[]): number {
  const t0 = performance.now();
  for (const a of articles) extractClaims(a.text, a.id, referenceDate(a.meta.date));
  return performance.now() - t0;
}

/** The five seeds' index, built `runs` times after a warm-up. */
export function seedIndex(runs: number, warmup: number): BuiltIndex {
  const articles = readArticles(SEEDS_DIR);
  let index = buildIndex(articles, `parallax ${PARALLAX_VERSION}`);
  const build = summarize(timeRuns(() => (index = buildIndex(articles, `parallax ${PARALLAX_VERSION}`)), runs, warmup));
  return describe('5 seeds', index, build, false, undefined, extractionMs(articles));
}

function describe(name: string, index: Index, build: Summary, cached: boolean, mix: SyntheticMix | undefined, extractMs: number): BuiltIndex {
  const json = serializeIndex(index);
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json).length;
  const links = index.neighbors.reduce((s, l) => s + l.length, 0);
  return {
    index,
    json,
    figures: {
      name,
      articles: index.sources.length,
      claims: index.claims.length,
      ...(mix ? { mix } : {}),
      build,
      buildCached: cached,
      extractMs,
      rawBytes: raw,
      gzipBytes: gz,
      linksPerClaim: index.claims.length ? links / index.claims.length : 0,
    },
  };
}

/**
 * A synthetic index of n articles (./synthetic.ts), built once and measured once (a 10,000-article
 * build takes minutes). Kept in cacheDir under the build fingerprint with its build time, so a second
 * `npm run bench` on unchanged code reuses it; `rebuild` forces a fresh build.
 */
export function syntheticIndex(n: number, cacheDir: string, opts: { rebuild?: boolean; log?: (s: string) => void } = {}): BuiltIndex {
  const log = opts.log ?? (() => {});
  const key = `synthetic-${n}-${buildFingerprint()}`;
  const file = path.join(cacheDir, `${key}.json`);
  const metaFile = path.join(cacheDir, `${key}.meta.json`);
  if (!opts.rebuild && fs.existsSync(file) && fs.existsSync(metaFile)) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { buildMs: number; extractMs: number };
    log(`  ${n} articles: cached index ${path.relative(process.cwd(), file)} (built in ${(meta.buildMs / 1000).toFixed(1)} s)`);
    const index = fromStored(JSON.parse(fs.readFileSync(file, 'utf8')) as StoredIndex);
    return describe(`${n.toLocaleString('en-US')} articles`, index, summarize([meta.buildMs]), true, mixOf(n), meta.extractMs);
  }
  const articles = syntheticArticles(n);
  log(`  ${n} articles: building the index (${articles.reduce((s, a) => s + a.text.length, 0).toLocaleString('en-US')} characters)…`);
  const extractMs = extractionMs(articles);
  const t1 = performance.now();
  const index = buildIndex(articles, `parallax ${PARALLAX_VERSION}`);
  const buildMs = performance.now() - t1;
  log(`  ${n} articles: built in ${(buildMs / 1000).toFixed(1)} s (extraction alone ${(extractMs / 1000).toFixed(1)} s)`);
  const built = describe(`${n.toLocaleString('en-US')} articles`, index, summarize([buildMs]), false, mixOf(n), extractMs);
  fs.mkdirSync(cacheDir, { recursive: true });
  // Older fingerprints of this size are stale: keep the cache to one file per size.
  for (const f of fs.readdirSync(cacheDir)) if (f.startsWith(`synthetic-${n}-`) && !f.startsWith(key)) fs.rmSync(path.join(cacheDir, f));
  fs.writeFileSync(file, built.json);
  fs.writeFileSync(metaFile, JSON.stringify({ buildMs, extractMs, at: new Date().toISOString() }));
  return built;
}

/** Loading (parse + validate), matcher build and heap for a built index; returns the matcher for annotating. */
export function loadFigures(built: BuiltIndex, runs: number, warmup: number): { figures: IndexFigures; matcher: Matcher } {
  const load = summarize(timeRuns(() => parseIndex(JSON.parse(built.json), 'index.json'), runs, warmup));
  const parsed = parseIndex(JSON.parse(built.json), 'index.json');
  const matcherTimes = timeRuns(() => createMatcher(parsed), runs, warmup);
  // Heap held by a freshly loaded index and its matcher, as the background holds them.
  let heapBytes: number | null = null;
  if (gc()) {
    const before = heapUsed();
    const held = createMatcher(parseIndex(JSON.parse(built.json), 'index.json'));
    gc();
    heapBytes = heapUsed() - before;
    // Still referenced here, so the GC above could not take it.
    void held.index.claims.length;
  }
  return { figures: { ...built.figures, load, matcher: summarize(matcherTimes), heapBytes }, matcher: createMatcher(parsed) };
}

/** annotatePage on one text, `runs` times after `warmup`; extraction timed apart on the same text. */
export function annotateFigures(page: { name: string; words: number; text: string }, index: string, m: Matcher, runs: number, warmup: number): AnnotateFigures {
  let result = annotatePage({ text: page.text, url: `https://bench.invalid/${page.name}` }, m);
  const total = timeRuns(() => (result = annotatePage({ text: page.text, url: `https://bench.invalid/${page.name}` }, m)), runs, warmup);
  const extract = timeRuns(() => extractClaims(page.text, 'page', referenceDate(undefined)), runs, Math.min(1, warmup));
  const claims = extractClaims(page.text, 'page', referenceDate(undefined));
  const exclude = new Set<string>(result.recognizedAs ? [result.recognizedAs] : []);
  const match = timeRuns(() => matchClaims(m, claims, exclude), runs, Math.min(1, warmup));
  return {
    page: page.name,
    words: page.words,
    index,
    total: summarize(total),
    extract: summarize(extract),
    match: summarize(match),
    claims: result.claims,
    annotations: result.annotations.length,
    links: result.annotations.reduce((s, a) => s + a.links.length, 0),
  };
}
