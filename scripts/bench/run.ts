/**
 * npm run bench [-- options]: how fast Parallax annotates, as pages and the index grow, beside the
 * cost of reading the page at all (issue 4). A benchmark, not a test: it prints a table, writes
 * <out>/results.json and <out>/plot.svg, and judges the budgets (met / MISSED with the ratio).
 *
 *   --quick            fewer runs, no 10,000-article index in the browser, and the 10,000-article
 *                      index in Node only when it is cached from an earlier run; traces only the
 *                      2k-word page and the shapes, once each (about 1 minute on a quiet machine)
 *   --out <dir>        where results go (default out/bench); the synthetic-index cache lives in <dir>/cache
 *   --ext <dir>        a built chrome-mv3 folder to measure instead of building one into <dir>/build
 *   --skip-browser     the engine in Node only
 *   --skip-10k         no 10,000-article index or remembered corpus anywhere
 *   --rebuild-index    rebuild the synthetic indexes even when cached
 *
 * Chromium also loads the real-world page shapes of shapes.ts (blog, docs, wiki, news, either side
 * of the in-page threshold), measures Readability's own parse of every page without the extension, and
 * traces every page's main-thread tasks (trace.ts). A full run also fills a profile with 10,000
 * remembered articles through the background and loads the 2k-word page cold and warm against it
 * (corpus-bench.ts, issue 22: about 4 minutes more).
 *
 * A full run takes about 5 minutes on a 2-core machine, plus about 4.5 minutes the first time after
 * any change to lib/, seeds/ or the generator: the 10,000-article index is built (linking is
 * quadratic in near-duplicate sentences) and cached in <out>/cache under a fingerprint of its inputs.
 *
 * Node part: scripts/bench/engine.ts. Chromium part: scripts/bench/browser-bench.ts. Pages and
 * synthetic indexes: scripts/bench/pages.ts, synthetic.ts, filler.ts (deterministic, seeded PRNG).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../browser';
import { ROOT } from '../seed-index';
import { serve } from '../serve';
import { measureBaseline, measureExtension, type PageRef } from './browser-bench';
import { measureTracedPages } from './trace';
import { measureCorpus } from './corpus-bench';
import { syntheticArticles } from './synthetic';
import { readArticles } from '../articles';
import { SEEDS_DIR } from '../seed-index';
import { annotateFigures, loadFigures, pairedFigures, seedIndex, syntheticIndex, type AnnotateFigures, type BuiltIndex, type IndexFigures, type PairedFigures } from './engine';
import { benchPages, writeBenchPages, type BenchPage } from './pages';
import { writeShapePages } from './shapes';
import { budgets, svgPlot, textReport, type BundleFigures, type Results } from './report';

interface Options {
  quick: boolean;
  out: string;
  ext: string | null;
  skipBrowser: boolean;
  skip10k: boolean;
  rebuild: boolean;
}

/** Traced loads per page in a full run (`--quick`: 1): five, as issue 23 asks of the real-world shapes. */
const TRACED_RUNS = 5;

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { quick: false, out: path.join(ROOT, 'out', 'bench'), ext: null, skipBrowser: false, skip10k: false, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a value`);
      return path.resolve(v);
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--out') o.out = value();
    else if (a === '--ext') o.ext = value();
    else if (a === '--skip-browser') o.skipBrowser = true;
    else if (a === '--skip-10k') o.skip10k = true;
    else if (a === '--rebuild-index') o.rebuild = true;
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]?.replace(/^\/\*\*?|^ \* ?/gm, '') ?? '');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  return o;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Page sizes (article words) measured in Node and in Chromium. */
const NODE_SIZES = [1000, 2000, 10_000, 100_000];
const BROWSER_SIZES = [1000, 2000, 10_000, 100_000];

/** Measured runs (after warm-up runs) per page size. */
function nodeRuns(words: number, quick: boolean): { runs: number; warmup: number } {
  if (words >= 100_000) return quick ? { runs: 2, warmup: 1 } : { runs: 3, warmup: 1 };
  if (words >= 10_000) return quick ? { runs: 3, warmup: 1 } : { runs: 7, warmup: 2 };
  return quick ? { runs: 7, warmup: 2 } : { runs: 21, warmup: 5 };
}
function browserRuns(words: number, quick: boolean): { runs: number; warmup: number } {
  if (words >= 100_000) return quick ? { runs: 2, warmup: 0 } : { runs: 3, warmup: 1 };
  return quick ? { runs: 3, warmup: 1 } : { runs: 7, warmup: 2 };
}

function bundleFigures(extDir: string): BundleFigures[] {
  const out: BundleFigures[] = [];
  const add = (rel: string) => {
    const file = path.join(extDir, rel);
    if (!fs.existsSync(file)) return;
    const data = fs.readFileSync(file);
    out.push({ file: rel, rawBytes: data.length, gzipBytes: gzipSync(data).length });
  };
  add('content-scripts/content.js');
  add('background.js');
  for (const f of fs.existsSync(path.join(extDir, 'chunks')) ? fs.readdirSync(path.join(extDir, 'chunks')).sort() : []) add(`chunks/${f}`);
  add('popup.html');
  for (const f of fs.existsSync(path.join(extDir, 'assets')) ? fs.readdirSync(path.join(extDir, 'assets')).sort() : []) add(`assets/${f}`);
  add('index.json');
  return out;
}

function buildExtension(outDir: string): string {
  log(`Building the extension into ${path.relative(process.cwd(), outDir) || outDir} (PARALLAX_OUT)…`);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, PARALLAX_OUT: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(outDir, 'chrome-mv3');
}

/** A copy of the built extension whose bundled index is another one (index.json replaced). */
function extensionWithIndex(extDir: string, json: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-ext-'));
  fs.cpSync(extDir, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.json'), json);
  return dir;
}

function chromiumVersion(): string | null {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  fs.mkdirSync(o.out, { recursive: true });
  const cacheDir = path.join(o.out, 'cache');

  // ---- 1. The engine in Node ----------------------------------------------------------------------
  log('Engine in Node: indexes');
  const seeds = seedIndex(o.quick ? 3 : 10, o.quick ? 1 : 2);
  const built: BuiltIndex[] = [seeds, syntheticIndex(1000, cacheDir, { rebuild: o.rebuild, log })];
  let big: BuiltIndex | null = null;
  if (!o.skip10k) {
    const cached = fs.existsSync(cacheDir) && fs.readdirSync(cacheDir).some((f) => f.startsWith('synthetic-10000-'));
    if (o.quick && !cached) log('  10,000 articles: skipped under --quick (no cached index; a full run builds and caches it)');
    else {
      big = syntheticIndex(10_000, cacheDir, { rebuild: o.rebuild && !o.quick, log });
      built.push(big);
    }
  }
  const indexes: IndexFigures[] = [];
  const matchers = new Map<string, ReturnType<typeof loadFigures>['matcher']>();
  for (const b of built) {
    const small = b.figures.articles < 100;
    const { figures, matcher } = loadFigures(b, small ? (o.quick ? 5 : 15) : o.quick ? 1 : 3, small ? 2 : b.figures.articles > 5000 ? 0 : 1);
    indexes.push(figures);
    matchers.set(figures.name, matcher);
    log(`  ${figures.name}: ${figures.claims} claims, build ${figures.build.median.toFixed(0)} ms, load ${figures.load.median.toFixed(0)} ms, matcher ${figures.matcher.median.toFixed(1)} ms`);
  }

  log('Engine in Node: annotatePage');
  const pages = benchPages([...new Set([...NODE_SIZES, ...BROWSER_SIZES])].sort((a, b) => a - b));
  const annotate: AnnotateFigures[] = [];
  const seedMatcher = matchers.get('5 seeds');
  for (const page of pages.filter((p) => NODE_SIZES.some((w) => p.file.includes(String(w).padStart(6, '0'))))) {
    if (!seedMatcher) break;
    const { runs, warmup } = nodeRuns(page.words, o.quick);
    annotate.push(annotateFigures(page, '5 seeds', seedMatcher, runs, warmup));
    const a = annotate[annotate.length - 1] as AnnotateFigures;
    log(`  ${page.name} words, 5 seeds: ${a.total.median.toFixed(1)} ms (extraction ${a.extract.median.toFixed(1)} ms, matching ${a.match.median.toFixed(1)} ms), ${a.annotations} annotations`);
  }
  const page2k = pages.find((p) => p.name === '2k') as BenchPage;
  for (const [name, m] of matchers) {
    if (name === '5 seeds') continue;
    const { runs, warmup } = nodeRuns(2000, o.quick);
    annotate.push(annotateFigures(page2k, name, m, runs, warmup));
    const a = annotate[annotate.length - 1] as AnnotateFigures;
    log(`  2k words, ${name}: ${a.total.median.toFixed(1)} ms (extraction ${a.extract.median.toFixed(1)} ms, matching ${a.match.median.toFixed(1)} ms), ${a.annotations} annotations, ${a.links} links`);
  }
  // The budget's ratio, from runs in alternation (engine.ts PairedFigures).
  const bigMatcher = matchers.get('10,000 articles');
  let paired: PairedFigures | null = null;
  if (seedMatcher && bigMatcher) {
    const { runs, warmup } = nodeRuns(2000, o.quick);
    paired = pairedFigures(page2k, { name: '5 seeds', matcher: seedMatcher }, { name: '10,000 articles', matcher: bigMatcher }, runs, warmup);
    log(`  2k words, in alternation: 5 seeds ${paired.baseTotal.median.toFixed(1)} ms, 10,000 articles ${paired.otherTotal.median.toFixed(1)} ms, ratio ${paired.ratio.toFixed(2)}`);
  }
  matchers.clear();

  // ---- 2. The build and its bundles -------------------------------------------------------------------
  let extDir = o.ext;
  let bundles: BundleFigures[] = [];
  let browserPart: Results['browser'] = null;
  if (!extDir) {
    try {
      extDir = buildExtension(path.join(o.out, 'build'));
    } catch (e) {
      log(`  build failed: ${(e as Error).message}`);
    }
  }
  if (extDir) bundles = bundleFigures(extDir);

  // ---- 3. Chromium ---------------------------------------------------------------------------------------
  if (!o.skipBrowser && extDir) {
    log('Chromium');
    const pagesDir = path.join(o.out, 'pages');
    const browserPages = pages.filter((p) => BROWSER_SIZES.some((w) => p.file.includes(String(w).padStart(6, '0'))));
    writeBenchPages(pagesDir, browserPages);
    // The real-world shapes (shapes.ts): a blog, docs, a wiki article, a heavy news page, either side of the threshold.
    const shapes = writeShapePages(pagesDir);
    const server = await serve(pagesDir);
    const refs: PageRef[] = browserPages.map((p) => ({ name: p.name, words: p.words, url: new URL(p.file, server.url).href }));
    const shapeRefs: PageRef[] = shapes.map((p) => ({ name: p.name, words: 0, url: new URL(p.file, server.url).href }));
    const isShape = (p: PageRef) => p.words === 0;
    browserPart = { baseline: [], extension: [], shapes: shapes.map((p) => ({ name: p.name, chars: p.chars, about: p.about })) };
    try {
      // Readability's own parse is measured here, without the extension, on every page Parallax reads in the page's budget.
      browserPart.baseline = [
        ...(await measureBaseline(refs, { runs: o.quick ? 2 : 5, floorRuns: o.quick ? 5 : 9, log })),
        ...(await measureBaseline(shapeRefs, { runs: o.quick ? 1 : 4, floorRuns: o.quick ? 2 : 5, log })),
      ];
      browserPart.extension.push(
        await measureExtension(extDir, '5 seeds', [...refs, ...shapeRefs], {
          runs: (p) => (isShape(p) ? (o.quick ? 1 : 4) : browserRuns(p.words, o.quick).runs),
          warmup: (p) => (isShape(p) ? (o.quick ? 0 : 1) : browserRuns(p.words, o.quick).warmup),
          log,
        }),
      );
      // The heartbeat cannot tell one long task from two back to back: a Chrome trace of every page can.
      // --quick traces the 2k-word page and the shapes once each; the other pages' task budgets then say "nothing measured".
      const traceRefs = o.quick ? [...refs.filter((r) => r.name === '2k'), ...shapeRefs] : [...refs, ...shapeRefs];
      browserPart.traced = await measureTracedPages(extDir, traceRefs, () => (o.quick ? 1 : TRACED_RUNS), log, !o.quick);
      // Issue 22: 10,000 articles remembered through the background, then the 2k page cold and warm.
      if (!o.skip10k && !o.quick) {
        try {
          const ref2k = refs.find((r) => r.name === '2k') as PageRef;
          // The seeds are bundled already: the reader's corpus is the other 9,995.
          const seedIds = new Set(readArticles(SEEDS_DIR).map((a) => a.id));
          const articles = syntheticArticles(10_000).filter((a) => !seedIds.has(a.id));
          log(`  remembering ${articles.length} synthetic articles through the background (about 3 minutes)`);
          browserPart.corpus = await measureCorpus(extDir, ref2k, articles, { ...browserRuns(2000, false), log });
          const c = browserPart.corpus;
          log(`  corpus of ${c.articles}: cold first highlight ${c.cold.firstMarkAfterDcl?.toFixed(0) ?? '–'} ms after DCL, warm ${c.warm.firstMarkAfterDcl.median.toFixed(0)} ms, heap ${c.heap ? (c.heap.usedBytes / 1048576).toFixed(1) : '–'} MB, remembering ${c.rememberVisit?.median.toFixed(1) ?? '–'} ms`);
        } catch (e) {
          browserPart.corpusError = `reader corpus in the browser: ${(e as Error).message}`;
          log(`  ${browserPart.corpusError}`);
        }
      }
      if (big && !o.quick) {
        const variant = extensionWithIndex(extDir, big.json);
        try {
          const ref2k = refs.filter((r) => r.name === '2k');
          browserPart.extension.push(
            await measureExtension(variant, '10,000 articles', ref2k, { runs: () => browserRuns(2000, false).runs, warmup: () => browserRuns(2000, false).warmup, log }),
          );
        } catch (e) {
          browserPart.error = `10,000-article index in the browser: ${(e as Error).message}`;
          log(`  ${browserPart.error}`);
        } finally {
          fs.rmSync(variant, { recursive: true, force: true });
        }
      }
    } catch (e) {
      browserPart.error = (e as Error).message;
      log(`  Chromium part failed: ${browserPart.error}`);
    } finally {
      await server.close();
    }
  }

  // ---- 4. Results --------------------------------------------------------------------------------------------
  const partial: Omit<Results, 'budgets' | 'seconds'> = {
    at: new Date().toISOString(),
    quick: o.quick,
    machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? '?', chromium: o.skipBrowser ? null : chromiumVersion() },
    indexes,
    annotate,
    paired,
    bundles,
    browser: browserPart,
  };
  const results: Results = { ...partial, budgets: budgets(partial), seconds: (performance.now() - started) / 1000 };
  fs.writeFileSync(path.join(o.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(o.out, 'plot.svg'), svgPlot(results));
  console.log(textReport(results));
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(o.out, 'results.json'))} and ${path.relative(process.cwd(), path.join(o.out, 'plot.svg'))}.`);
}

main().catch((e: Error) => {
  console.error(`bench: ${e.stack ?? e.message}`);
  process.exit(1);
});
