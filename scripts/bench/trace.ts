/**
 * Where a long main-thread task comes from: one page load with the built extension under a Chrome
 * performance trace (CDP Tracing, the timeline categories DevTools' Performance panel records), until
 * the content script reports the page annotated. Every task of the page's main thread, with what ran
 * inside it (script, parsing, style, layout, paint, garbage collection), in ms from navigation start.
 *
 * The benchmark's heartbeat (browser-bench.ts) reports how long the main thread went without running
 * a timer; the trace tells whether that was one task or several back to back (a 21 ms highlight batch
 * followed at once by the 31 ms rendering update it caused read as one 55 ms block). The budget "no
 * task over 50 ms" is judged on tasks, from here.
 *
 * CLI: npx tsx scripts/bench/trace.ts [--words 100000 | --shape blog|docs|wiki|news|under|over|all] [--runs 1] [--over 50]
 *   [--ext .output/chrome-mv3] [--out out/bench/trace.json]
 * prints the tasks over `--over` ms and writes the raw trace of the first load (load it in DevTools'
 * Performance panel); `--shape all` prints the longest task of each real-world shape (shapes.ts) over `--runs` loads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../browser';
import { ROOT } from '../seed-index';
import { serve } from '../serve';
import { benchTab, waitForAnnotated } from './browser-bench';
import { benchPages, writeBenchPages } from './pages';
import { SHAPE_NAMES, writeShapePages, type ShapeName } from './shapes';
import { formatMs, summarize, type Summary } from './stats';

/** A trace event as Chrome writes it: complete events (`ph: 'X'`) carry a duration; times in µs. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; documentLoaderURL?: string } };
}

export interface TracedTask {
  /** ms from navigation start. */
  start: number;
  duration: number;
  /** What ran directly inside it, longest first. */
  parts: { label: string; ms: number; count: number }[];
  /** Some script of the extension ran inside it (Parallax's own task, not a rendering update or the page's). */
  ours: boolean;
  /** A rendering update and nothing else: no script, no parsing (RENDERING_STEPS). */
  rendering: boolean;
}

export interface TracedRun {
  /** Every main-thread task of the page of 1 ms or more. */
  tasks: TracedTask[];
  /** Parallax's run, ms from navigation start: from the content script's evaluation until it reported the page done (ownWindow). */
  window: { start: number; end: number };
  /** When Parallax first changed the page (its first highlight), ms from navigation start; null when it changed nothing. */
  firstChange: number | null;
  /** The raw trace, for DevTools. */
  events: unknown[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'].join(',');
const TIMEOUT_MS = 120_000;
const MIN_TASK_US = 1000;

/** What a child event was, for people: a script by file and function, else the event's name. */
function label(e: TraceEvent): string {
  const d = e.args?.data;
  if (d?.url !== undefined && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile')) {
    const file = d.url.startsWith('chrome-extension://') ? `extension:${d.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}` : d.url.replace(/^https?:\/\/[^/]+\//, 'page:');
    return `${e.name} ${file}${d.functionName ? ` ${d.functionName}` : ''}`;
  }
  return e.name;
}

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** What a rendering update is made of: a task of these steps alone runs no script and parses nothing. */
const RENDERING_STEPS = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'HitTest']);
/**
 * Steps shorter than this (ms) do not make a task more than a rendering update: an empty microtask
 * checkpoint or event dispatch. A longer one may be Parallax's reading, which runs in a microtask
 * checkpoint the trace does not tie to the extension.
 */
const TRIVIAL_STEP_MS = 0.05;

/** The direct children of a task (events inside it and not inside another of its children), by label. */
function parts(task: TraceEvent, events: readonly TraceEvent[]): TracedTask['parts'] {
  const inside = events.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const by = new Map<string, { ms: number; count: number }>();
  let reach = -1;
  for (const e of inside) {
    if (e.ts < reach) continue;
    reach = end(e);
    const v = by.get(label(e)) ?? { ms: 0, count: 0 };
    v.ms += (e.dur ?? 0) / 1000;
    v.count++;
    by.set(label(e), v);
  }
  return [...by].map(([k, v]) => ({ label: k, ...v })).sort((a, b) => b.ms - a.ms);
}

/** The page's main-thread tasks in a trace, ms from the navigation to `url`. */
export function mainThreadTasks(events: readonly TraceEvent[], url: string): TracedTask[] {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`trace: no navigationStart for ${url}`);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const thread = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === `${nav.pid}:${nav.tid}` && mains.has(`${e.pid}:${e.tid}`));
  const runs = thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // RunTask events nest (the scheduler's inside the task runner's): keep the outermost.
  const outer: TraceEvent[] = [];
  for (const t of runs) if (!outer.length || t.ts >= end(outer[outer.length - 1] as TraceEvent)) outer.push(t);
  const isRun = new Set(runs);
  const children = thread.filter((e) => !isRun.has(e));
  const extension = children.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://'));
  return outer
    .filter((t) => (t.dur ?? 0) >= MIN_TASK_US)
    .map((t) => ({
      start: (t.ts - nav.ts) / 1000,
      duration: (t.dur ?? 0) / 1000,
      parts: parts(t, children),
      ours: extension.some((e) => e.ts >= t.ts && e.ts <= end(t)),
    }))
    .map((t) => ({ ...t, rendering: t.parts.some((p) => RENDERING_STEPS.has(p.label)) && t.parts.every((p) => RENDERING_STEPS.has(p.label) || p.ms < TRIVIAL_STEP_MS) }));
}

/** Loads `url` once and waits for Parallax: the first load also loads the index, as a reader's first page would. */
async function warmUp(b: ExtensionBrowser, url: string): Promise<void> {
  const warm = await b.context.newPage();
  try {
    await warm.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await waitForAnnotated(b, url, warm);
  } finally {
    await warm.close();
  }
}

/** One traced load of `url` in a browser with the extension (warm it first: the first load also loads the index). */
async function traceRun(b: ExtensionBrowser, url: string): Promise<TracedRun> {
  const tab = await benchTab(b);
  try {
    const cdp = await b.context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await tab.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const state = await waitForAnnotated(b, url, tab);
    // Parallax is done by now (ms from navigation start): the end of its run as traced.
    const doneAt = (await tab.evaluate('performance.now()')) as number;
    await new Promise((r) => setTimeout(r, 200));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    if (state.state !== 'annotated' || !state.timings) throw new Error(`${url}: content script state ${state.state}${state.error ? `: ${state.error}` : ''}`);
    const tasks = mainThreadTasks(events, url);
    const firstChange = (await tab.evaluate('window.__parallaxBench ? window.__parallaxBench.firstMark : null').catch(() => null)) as number | null;
    return { tasks, window: ownWindow(tasks, doneAt), firstChange, events };
  } finally {
    await tab.close();
  }
}

/**
 * Parallax's run in a traced load, ms from navigation start: from its first task (the content script's
 * evaluation) until the benchmark saw it done (`doneAt`, the page's clock then). Every task in it
 * counts, Parallax's or not: reading in the page runs in a microtask checkpoint that the trace does
 * not tie to the extension, and the rendering updates its highlights cause are its cost too. The
 * page's own work there is what a reader would feel alongside; these pages do little of their own.
 */
export function ownWindow(tasks: readonly TracedTask[], doneAt: number): { start: number; end: number } {
  const first = tasks.find((t) => t.ours);
  return first ? { start: first.start, end: doneAt } : { start: Infinity, end: -Infinity };
}

/**
 * The tasks of a traced run that overlap Parallax's run, less the page's own rendering: a rendering
 * update (no script, no parsing) that starts before Parallax first changed the page, or on a page it
 * never changed, lays out what the page itself did. On the docs and wiki shapes, which Parallax reads
 * and does not highlight, the page's own first layout (39–44 ms) fell inside the window in some loads
 * and was counted as Parallax's longest task. Every task after the first highlight still counts.
 */
export function tasksInRun(r: Omit<TracedRun, 'firstChange'> & { firstChange?: number | null }): TracedTask[] {
  const changedAt = r.firstChange ?? Infinity;
  return r.tasks.filter((t) => t.start + t.duration >= r.window.start && t.start <= r.window.end && !(t.rendering && !t.ours && t.start < changedAt));
}

export interface TracedFigures {
  page: string;
  /** Traced loads in which some task overlapped Parallax's run (the figures below are over these). */
  runs: number;
  /** Longest main-thread task overlapping Parallax's run, per traced load. */
  longestTask: Summary;
  /** The longest of them all, with what ran inside it. */
  longest: TracedTask | null;
}

/** `runs` traced loads of one page after a warm-up load (`warm` false: the browser is warm already), in browser `b`. */
async function tracePage(b: ExtensionBrowser, ref: { name: string; url: string }, runs: number, warm = true): Promise<TracedFigures> {
  if (warm) await warmUp(b, `${ref.url}?warm`);
  const longest: TracedTask[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await traceRun(b, `${ref.url}?trace-${i}`);
    const top = tasksInRun(run).sort((a, c) => c.duration - a.duration)[0];
    if (top) longest.push(top);
  }
  // Runs in which some task overlapped Parallax's run: a budget is judged on these only.
  return { page: ref.name, runs: longest.length, longestTask: summarize(longest.map((t) => t.duration)), longest: longest.sort((a, c) => c.duration - a.duration)[0] ?? null };
}

/** `runs` traced loads of one page after a warm-up load, in a browser of their own. */
export async function measureTraced(extDir: string, ref: { name: string; url: string }, runs: number): Promise<TracedFigures> {
  const b = await launchWithExtension(extDir);
  try {
    return await tracePage(b, ref, runs);
  } finally {
    await b.close();
  }
}

/**
 * `runs(page)` traced loads of each page, in one browser; a page whose loads fail is reported with no
 * run (its budget: nothing measured). `warmEach` false: only the first page gets a warm-up load (the
 * index's first load), which --quick uses to save a load per page.
 */
export async function measureTracedPages(
  extDir: string,
  refs: readonly { name: string; url: string }[],
  runs: (ref: { name: string }) => number,
  log: (s: string) => void,
  warmEach = true,
): Promise<TracedFigures[]> {
  const b = await launchWithExtension(extDir);
  const out: TracedFigures[] = [];
  try {
    for (const [i, ref] of refs.entries()) {
      try {
        const f = await tracePage(b, ref, runs(ref), warmEach || i === 0);
        out.push(f);
        log(`  traced, ${ref.name}: longest main-thread task during Parallax's run ${formatMs(f.longestTask.median)} (${formatMs(f.longestTask.min)}–${formatMs(f.longestTask.max)} over ${f.runs} loads${f.longest ? `; the longest: ${describeParts(f.longest)}` : ''})`);
      } catch (e) {
        log(`  traced, ${ref.name}: failed: ${(e as Error).message}`);
        out.push({ page: ref.name, runs: 0, longestTask: summarize([]), longest: null });
      }
    }
    return out;
  } finally {
    await b.close();
  }
}

/** What ran inside a task, its three longest parts: "PrePaint 12.7 ms, Layout 11.3 ms, Paint 3.48 ms". */
export function describeParts(t: TracedTask): string {
  return t.parts.slice(0, 3).map((p) => `${p.label} ${formatMs(p.ms)}`).join(', ');
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

async function main(): Promise<void> {
  const shape = arg('shape', '');
  const words = Number(arg('words', '100000'));
  const over = Number(arg('over', '50'));
  const runs = Math.max(1, Number(arg('runs', '1')));
  const extDir = path.resolve(arg('ext', path.join(ROOT, '.output/chrome-mv3')));
  const outFile = path.resolve(arg('out', path.join(ROOT, 'out/bench/trace.json')));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-trace-'));
  let name: string;
  let file: string;
  if (shape) {
    const names = shape === 'all' ? SHAPE_NAMES : (shape.split(',') as ShapeName[]);
    for (const n of names) if (!SHAPE_NAMES.includes(n)) throw new Error(`no shape ${n} (${SHAPE_NAMES.join(', ')}, all)`);
    const pages = writeShapePages(dir, names);
    if (pages.length > 1) {
      // Every shape, `runs` traced loads each, in one browser per shape (as the benchmark does).
      const server = await serve(dir);
      try {
        for (const p of pages) {
          const f = await measureTraced(extDir, { name: p.name, url: new URL(p.file, server.url).href }, runs);
          console.log(`${p.name.padEnd(6)} ${p.chars} chars: longest task during Parallax's run ${f.longestTask.median.toFixed(1)} ms median, ${f.longestTask.min.toFixed(1)}–${f.longestTask.max.toFixed(1)} over ${f.runs} loads${f.longest ? `; the longest: ${describeParts(f.longest)}` : ''}`);
        }
      } finally {
        await server.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    name = `shape ${shape} (${pages[0]?.chars} characters)`;
    file = pages[0]?.file as string;
  } else {
    const [page] = benchPages([words]);
    if (!page) throw new Error(`no bench page of ${words} words`);
    writeBenchPages(dir, [page]);
    name = `${page.name} words`;
    file = page.file;
  }
  const server = await serve(dir);
  const b = await launchWithExtension(extDir);
  try {
    const url = new URL(file, server.url).href;
    await warmUp(b, `${url}?warm`);
    for (let i = 0; i < runs; i++) {
      const run = await traceRun(b, `${url}?trace-${i}`);
      if (i === 0) {
        fs.mkdirSync(path.dirname(outFile), { recursive: true });
        fs.writeFileSync(outFile, JSON.stringify({ traceEvents: run.events }));
      }
      const ours = new Set(tasksInRun(run));
      const long = run.tasks.filter((t) => t.duration > over);
      const top = [...ours].sort((a, c) => c.duration - a.duration)[0];
      console.log(`${name}, load ${i + 1}: Parallax ran ${run.window.start.toFixed(0)}–${run.window.end.toFixed(0)} ms after navigation start; longest task in it ${top ? top.duration.toFixed(1) : '–'} ms; ${long.length} main-thread task(s) over ${over} ms${i === 0 ? ` (trace: ${path.relative(process.cwd(), outFile)})` : ''}`);
      for (const t of long) {
        console.log(`\n  ${ours.has(t) ? 'during Parallax' : 'page alone     '}  task at ${t.start.toFixed(0)} ms: ${t.duration.toFixed(1)} ms`);
        for (const p of t.parts.slice(0, 8)) console.log(`    ${p.ms.toFixed(1).padStart(7)} ms  ${p.count > 1 ? `${p.count}× ` : ''}${p.label}`);
      }
    }
  } finally {
    await b.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
