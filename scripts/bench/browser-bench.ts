/**
 * Parallax in headless Chromium: the built extension on the benchmark's news pages, served from
 * 127.0.0.1. Per page load: the content script's own timings (page-state `timings`: read, match —
 * the round trip to the background, where matching happens — highlight, total), the time from
 * navigation start to the first highlight, and the main thread's long tasks. Beside it, the same
 * pages in Chromium without the extension: the floor (one TreeWalker pass over the page's text) and
 * the page's own long tasks.
 *
 * Everything evaluated in the page or the service worker is a string, not a function: tsx (esbuild
 * keepNames) would wrap a function's inner functions in a __name() helper that does not exist there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../seed-index';
import { chromiumPath, extensionWorker, launchWithExtension, tabIdOf, tabPageState, type ExtensionBrowser } from '../browser';
import { summarize, type Summary } from './stats';

/** Heartbeat period, and the gap over which the main thread counts as blocked (the Long Tasks threshold). */
const HEARTBEAT_MS = 5;
const BLOCK_MS = 50;

/** Installed before the page's own scripts: collects long tasks, main-thread blocks and the time of the first highlight. */
const INIT_SCRIPT = `(() => {
  const bench = (window.__parallaxBench = { firstMark: null, longTasks: [], gaps: [], error: null });
  // A heartbeat: a timer every ${HEARTBEAT_MS} ms; a late one means a task held the main thread. The
  // Long Tasks API alone misses content-script work (a 235 ms readPage was never reported as one).
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > ${BLOCK_MS}) bench.gaps.push({ start: last, duration: now - last });
    last = now;
    setTimeout(tick, ${HEARTBEAT_MS});
  };
  setTimeout(tick, ${HEARTBEAT_MS});
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.error = String(e); }
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.nodeName === 'MARK' && n.hasAttribute('data-parallax-annotation')) {
        bench.firstMark = performance.now();
        mo.disconnect();
        return;
      }
    }
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

/** The floor: one TreeWalker pass collecting every text node and its length, repeated until timeable. */
const floorScript = (runs: number) => `(() => {
  const times = [];
  let nodes = 0, chars = 0;
  for (let run = 0; run < ${runs}; run++) {
    let passes = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      const list = [];
      const lengths = [];
      let n;
      while ((n = walker.nextNode())) { list.push(n); lengths.push(n.length); }
      nodes = list.length;
      chars = 0;
      for (const l of lengths) chars += l;
      passes++;
      t = performance.now();
    } while (t - t0 < 20 && passes < 2000);
    times.push((t - t0) / passes);
  }
  return { times, nodes, chars };
})()`;

/** Mozilla's Readability as published (the same file Parallax bundles), run as a page script. */
const READABILITY_JS = path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js');

/**
 * Readability's own parse of the page, as its README uses it: `new Readability(document.cloneNode(true)).parse()`,
 * once per load (its first run in the page, as Parallax's read is the content script's first): the
 * clone and the parse, and the parse alone, ms.
 */
const READABILITY_RUN = `(() => {
  const t0 = performance.now();
  const clone = document.cloneNode(true);
  const t1 = performance.now();
  const article = new Readability(clone, { charThreshold: 200 }).parse();
  const t2 = performance.now();
  return { total: t2 - t0, parse: t2 - t1, chars: article && article.textContent ? article.textContent.length : 0 };
})()`;

interface BenchState {
  firstMark: number | null;
  longTasks: { start: number; duration: number }[];
  /** Heartbeat gaps over BLOCK_MS. */
  gaps: { start: number; duration: number }[];
  error: string | null;
}

export interface RunFigures {
  read: number;
  /** The content script read the article in the background (a long page): `read` was a wait, not a task in the page. */
  readElsewhere: boolean;
  match: number;
  highlight: number;
  total: number;
  /** ms from navigation start to the first `mark[data-parallax-annotation]` in the page. */
  firstMark: number | null;
  /** ms from the end of DOMContentLoaded to the first highlight. */
  firstMarkAfterDcl: number | null;
  /** ms from the end of DOMContentLoaded to the content script's first line (Chrome's injection at document_end); null from a build that does not report it. */
  scriptAfterDcl: number | null;
  /** The content script's main-thread time on the page (timings.pageWork: reading, checking the replies, highlighting; lib/work-clock.ts), its waits left out; null from a build that does not report it. */
  pageWork: number | null;
  /** ms from navigation start to the load event's end. */
  load: number;
  /** Long Tasks API: longest task reported (0 when none over 50 ms) and how many over 50 ms. */
  longestTask: number;
  longTasksOver50: number;
  /**
   * Heartbeat: the longest time the main thread went without running a 5 ms timer during Parallax's
   * run (from `read + match` before the first highlight, for `total`, ±20 ms), and how many such
   * blocks exceeded 50 ms. About the longest task, to within the 5 ms period; the page's own layout
   * can fall in the same window.
   */
  longestBlock: number;
  blocksOver50: number;
  annotations: number;
  highlighted: number;
}

export interface PageFigures {
  page: string;
  words: number;
  index: string;
  runs: number;
  read: Summary;
  /** The article was read in the background in the last run (see RunFigures). */
  readElsewhere: boolean;
  match: Summary;
  highlight: Summary;
  total: Summary;
  firstMark: Summary;
  firstMarkAfterDcl: Summary;
  scriptAfterDcl: Summary;
  /** Reading plus highlighting on the page's main thread (RunFigures.pageWork). */
  pageWork: Summary;
  load: Summary;
  longestTask: Summary;
  longTasksOver50: Summary;
  longestBlock: Summary;
  blocksOver50: Summary;
  annotations: number;
  highlighted: number;
  /** The first load after the browser started: includes loading the index in the background. */
  cold?: RunFigures;
}

export interface BaselineFigures {
  page: string;
  words: number;
  floor: Summary;
  textNodes: number;
  chars: number;
  load: Summary;
  longestTask: Summary;
  longTasksOver50: Summary;
  /** Heartbeat blocks over the whole load (parsing included) and after DOMContentLoaded. */
  longestBlock: Summary;
  longestBlockAfterDcl: Summary;
  /** Readability's clone-and-parse of the page (READABILITY_RUN), one per load, and the parse alone. */
  readability: Summary;
  readabilityParse: Summary;
  /** Characters of article text Readability found. */
  readabilityChars: number;
}

export interface HeapFigures {
  /** V8 heap of the service worker (Runtime.getHeapUsage over CDP, after a GC). */
  usedBytes: number;
  totalBytes: number;
}

export interface PageRef {
  name: string;
  words: number;
  url: string;
}

const ANNOTATE_TIMEOUT_MS = 180_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function withRun(url: string, run: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}run=${encodeURIComponent(run)}`;
}

function longTaskFigures(tasks: readonly { duration: number }[]): { longestTask: number; longTasksOver50: number } {
  return { longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0), longTasksOver50: tasks.filter((t) => t.duration > 50).length };
}

async function navTimes(page: Page): Promise<{ load: number; dcl: number }> {
  return (await page.evaluate(
    `(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? { load: n.loadEventEnd, dcl: n.domContentLoadedEventEnd } : { load: -1, dcl: -1 }; })()`,
  )) as { load: number; dcl: number };
}

/** Heartbeat gaps overlapping [from, to]: the longest, and how many. */
function blockFigures(gaps: readonly { start: number; duration: number }[], from: number, to = Infinity): { longestBlock: number; blocksOver50: number } {
  const inside = gaps.filter((g) => g.start + g.duration > from && g.start < to);
  return { longestBlock: inside.reduce((m, g) => Math.max(m, g.duration), 0), blocksOver50: inside.length };
}

/** Slack around Parallax's run when telling its blocks from the page's (ms). */
const RUN_WINDOW_SLACK_MS = 20;

/** The content script's page-state (lib/messages.ts PageState), as much as is read here. */
export interface StateReply {
  state: string;
  error?: string;
  highlighted?: number;
  page?: { annotations: unknown[] };
  timings?: { read: number; match: number; highlight: number; total: number; readElsewhere?: boolean; pageWork?: number; scriptStarted?: number; modulesEvaluated?: number; runStarted?: number };
}

/** A new tab as the benchmark measures it: its viewport, and the heartbeat installed before the page's scripts. */
export async function benchTab(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript({ content: INIT_SCRIPT });
  return page;
}

/** Polls the content script of the tab showing `url` until it no longer says `working`; its state then. */
export async function waitForAnnotated(b: ExtensionBrowser, url: string, page: Page): Promise<StateReply> {
  const worker = await extensionWorker(b.context, b.extensionId);
  const tabId = await tabIdOf(worker, url, page);
  const deadline = Date.now() + ANNOTATE_TIMEOUT_MS;
  for (;;) {
    const state = (await tabPageState(await extensionWorker(b.context, b.extensionId), tabId)) as StateReply | null;
    if (state && state.state !== 'working') return state;
    if (Date.now() > deadline) throw new Error(`${url}: not annotated within ${ANNOTATE_TIMEOUT_MS / 1000} s`);
    await sleep(POLL_MS);
  }
}

/** Parallax's run in a page, ms from navigation start: it started `read + match` before the first highlight and lasted `total` (with slack). */
export function runWindow(t: { read: number; match: number; total: number }, firstMark: number): { start: number; end: number } {
  const start = firstMark - t.read - t.match - RUN_WINDOW_SLACK_MS;
  return { start, end: start + t.total + 2 * RUN_WINDOW_SLACK_MS };
}

/** One page load with the extension, until the content script reports the page annotated. */
export async function runOnce(b: ExtensionBrowser, url: string): Promise<RunFigures> {
  const page = await benchTab(b);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: ANNOTATE_TIMEOUT_MS });
    const state = await waitForAnnotated(b, url, page);
    if (state.state !== 'annotated' || !state.timings) throw new Error(`${url}: content script state ${state.state}${state.error ? `: ${state.error}` : ''}`);
    const t = state.timings;
    // Let the long-task observer deliver the last entries.
    await sleep(200);
    const bench = (await page.evaluate('window.__parallaxBench')) as BenchState;
    if (bench.error) throw new Error(`${url}: long-task observer: ${bench.error}`);
    const nav = await navTimes(page);
    const { pageWork, scriptStarted: _s, modulesEvaluated: _m, runStarted: _r, ...times } = t;
    return {
      ...times,
      readElsewhere: t.readElsewhere ?? false,
      firstMark: bench.firstMark,
      firstMarkAfterDcl: bench.firstMark === null || nav.dcl < 0 ? null : bench.firstMark - nav.dcl,
      scriptAfterDcl: t.scriptStarted === undefined || nav.dcl < 0 ? null : t.scriptStarted - nav.dcl,
      pageWork: pageWork ?? null,
      load: nav.load,
      ...longTaskFigures(bench.longTasks),
      ...(() => {
        const run = runWindow(t, bench.firstMark ?? nav.dcl + t.read + t.match);
        return blockFigures(bench.gaps, run.start, run.end);
      })(),
      annotations: state.page?.annotations.length ?? 0,
      highlighted: state.highlighted ?? 0,
    };
  } finally {
    await page.close();
  }
}

export function pageFigures(ref: PageRef, index: string, runs: RunFigures[], cold?: RunFigures): PageFigures {
  const pick = (f: (r: RunFigures) => number | null) => summarize(runs.map(f).filter((x): x is number => x !== null));
  const last = runs[runs.length - 1];
  return {
    page: ref.name,
    words: ref.words,
    index,
    runs: runs.length,
    read: pick((r) => r.read),
    readElsewhere: last?.readElsewhere ?? false,
    match: pick((r) => r.match),
    highlight: pick((r) => r.highlight),
    total: pick((r) => r.total),
    firstMark: pick((r) => r.firstMark),
    firstMarkAfterDcl: pick((r) => r.firstMarkAfterDcl),
    scriptAfterDcl: pick((r) => r.scriptAfterDcl),
    pageWork: pick((r) => r.pageWork),
    load: pick((r) => r.load),
    longestTask: pick((r) => r.longestTask),
    longTasksOver50: pick((r) => r.longTasksOver50),
    longestBlock: pick((r) => r.longestBlock),
    blocksOver50: pick((r) => r.blocksOver50),
    annotations: last?.annotations ?? 0,
    highlighted: last?.highlighted ?? 0,
    ...(cold ? { cold } : {}),
  };
}

/** The service worker's V8 heap, through a CDP session attached to its target (after a GC). */
export async function workerHeap(b: ExtensionBrowser): Promise<HeapFigures | null> {
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  const cdp = await b.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`));
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    let next = 1;
    const pending = new Map<number, (r: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? null : msg.result);
    });
    const send = (method: string): Promise<unknown> =>
      new Promise((resolve) => {
        const id = next++;
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
        setTimeout(() => resolve(null), 10_000);
      });
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number } | null;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return usage ? { usedBytes: usage.usedSize, totalBytes: usage.totalSize } : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface ExtensionFigures {
  label: string;
  pages: PageFigures[];
  heapBefore: HeapFigures | null;
  heapAfter: HeapFigures | null;
  /** First annotate after start: loads index.json in the background (fetch, parse, validate, matcher). */
  coldMatch: number | null;
}

/**
 * Loads each page `warmup + runs` times with the extension in extDir; the first load of the session
 * (the index's cold load) is reported apart. `log` gets one line per page.
 */
export async function measureExtension(
  extDir: string,
  label: string,
  pages: readonly PageRef[],
  opts: { runs: (p: PageRef) => number; warmup: (p: PageRef) => number; log: (s: string) => void },
): Promise<ExtensionFigures> {
  const b = await launchWithExtension(extDir);
  try {
    const heapBefore = await workerHeap(b).catch(() => null);
    let cold: RunFigures | undefined;
    const out: PageFigures[] = [];
    for (const ref of pages) {
      const runs: RunFigures[] = [];
      const total = opts.warmup(ref) + opts.runs(ref);
      for (let i = 0; i < total; i++) {
        const r = await runOnce(b, withRun(ref.url, `${label}-${i}`));
        if (!cold) {
          cold = r;
          continue;
        }
        if (i >= opts.warmup(ref)) runs.push(r);
      }
      out.push(pageFigures(ref, label, runs));
      const f = out[out.length - 1] as PageFigures;
      opts.log(`  ${label}, ${ref.name}: total ${f.total.median.toFixed(1)} ms (read ${f.read.median.toFixed(1)}${f.readElsewhere ? ' in the background' : ''}, match ${f.match.median.toFixed(1)}, highlight ${f.highlight.median.toFixed(1)}; page work ${f.pageWork.median.toFixed(1)}), first highlight ${f.firstMark.median.toFixed(0)} ms, longest block during the run ${f.longestBlock.median.toFixed(0)} ms`);
    }
    const heapAfter = await workerHeap(b).catch(() => null);
    if (out[0] && cold) out[0].cold = cold;
    return { label, pages: out, heapBefore, heapAfter, coldMatch: cold?.match ?? null };
  } finally {
    await b.close();
  }
}

/** The same pages in Chromium without Parallax: the floor and the page's own long tasks. */
export async function measureBaseline(pages: readonly PageRef[], opts: { runs: number; floorRuns: number; log: (s: string) => void }): Promise<BaselineFigures[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const out: BaselineFigures[] = [];
    for (const ref of pages) {
      const floors: number[] = [];
      const loads: number[] = [];
      const longest: number[] = [];
      const over: number[] = [];
      const blocks: number[] = [];
      const blocksAfterDcl: number[] = [];
      const readability: number[] = [];
      const readabilityParse: number[] = [];
      let readabilityChars = 0;
      let nodes = 0;
      let chars = 0;
      // One unmeasured load first (HTTP and font caches, code caches).
      for (let i = 0; i <= opts.runs; i++) {
        const page = await context.newPage();
        try {
          await page.addInitScript({ content: INIT_SCRIPT });
          await page.goto(withRun(ref.url, `baseline-${i}`), { waitUntil: 'load', timeout: ANNOTATE_TIMEOUT_MS });
          await sleep(300);
          // Before the floor's passes, which would warm the DOM for it.
          // The script element removes itself: its text would count in the floor's walk.
          await page.addScriptTag({ content: `${fs.readFileSync(READABILITY_JS, 'utf8')}\n;document.currentScript && document.currentScript.remove();` });
          const rd = (await page.evaluate(READABILITY_RUN)) as { total: number; parse: number; chars: number };
          const floor = (await page.evaluate(floorScript(opts.floorRuns))) as { times: number[]; nodes: number; chars: number };
          const bench = (await page.evaluate('window.__parallaxBench')) as BenchState;
          if (i === 0) continue;
          readability.push(rd.total);
          readabilityParse.push(rd.parse);
          readabilityChars = rd.chars;
          floors.push(...floor.times);
          nodes = floor.nodes;
          chars = floor.chars;
          const nav = await navTimes(page);
          loads.push(nav.load);
          const lt = longTaskFigures(bench.longTasks);
          longest.push(lt.longestTask);
          over.push(lt.longTasksOver50);
          blocks.push(blockFigures(bench.gaps, 0).longestBlock);
          blocksAfterDcl.push(blockFigures(bench.gaps, nav.dcl).longestBlock);
        } finally {
          await page.close();
        }
      }
      const f: BaselineFigures = {
        page: ref.name,
        words: ref.words,
        floor: summarize(floors),
        textNodes: nodes,
        chars,
        load: summarize(loads),
        longestTask: summarize(longest),
        longTasksOver50: summarize(over),
        longestBlock: summarize(blocks),
        longestBlockAfterDcl: summarize(blocksAfterDcl),
        readability: summarize(readability),
        readabilityParse: summarize(readabilityParse),
        readabilityChars,
      };
      opts.log(`  no extension, ${ref.name}: Readability ${f.readability.median.toFixed(1)} ms (${f.readability.min.toFixed(1)}–${f.readability.max.toFixed(1)}; parse alone ${f.readabilityParse.median.toFixed(1)}), floor ${(f.floor.median * 1000).toFixed(0)} µs (${nodes} text nodes, ${chars} characters), longest block ${f.longestBlock.median.toFixed(0)} ms (after DOMContentLoaded ${f.longestBlockAfterDcl.median.toFixed(0)} ms)`);
      out.push(f);
    }
    return out;
  } finally {
    await context?.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
  }
}
