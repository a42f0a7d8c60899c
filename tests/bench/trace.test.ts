import { describe, expect, it } from 'vitest';
import { mainThreadTasks, tasksInRun, type TraceEvent } from '../../scripts/bench/trace';

const URL = 'http://127.0.0.1:1/bench-100000.html';
const MAIN = { pid: 1, tid: 7 };
const OTHER = { pid: 1, tid: 9 };
const x = (name: string, ts: number, dur: number, at = MAIN, data?: TraceEvent['args']): TraceEvent => ({ name, cat: 'devtools.timeline', ph: 'X', ts, dur, ...at, ...(data ? { args: data } : {}) });

// Times in µs; navigation starts at 1,000,000.
const events: TraceEvent[] = [
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: 1, tid: 9, args: { name: 'Compositor' } },
  { name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', ts: 1_000_000, pid: 1, tid: 7, args: { data: { documentLoaderURL: URL } } },
  // A script task with the scheduler's RunTask nested in the runner's, and a function call inside.
  x('ThreadControllerImpl::RunTask', 1_100_000, 21_000),
  x('RunTask', 1_100_100, 20_800),
  x('TimerFire', 1_100_200, 20_500),
  x('FunctionCall', 1_100_300, 20_000, MAIN, { data: { url: 'chrome-extension://abc/content-scripts/content.js', functionName: 'highlight' } }),
  // The rendering update right after it.
  x('ThreadControllerImpl::RunTask', 1_121_100, 31_000),
  x('PrePaint', 1_121_200, 12_700),
  x('Layout', 1_134_000, 8_600),
  // A long task on another thread is not the page's main thread.
  x('ThreadControllerImpl::RunTask', 1_200_000, 80_000, OTHER),
  // Too short to list.
  x('ThreadControllerImpl::RunTask', 1_300_000, 500),
];

describe('reading main-thread tasks from a Chrome trace', () => {
  const tasks = mainThreadTasks(events, URL);

  it('lists each outermost task of the page’s main thread, in ms from navigation start', () => {
    expect(tasks.map((t) => [t.start, t.duration])).toEqual([[100, 21], [121.1, 31]]);
  });

  it('says what ran directly inside a task: a script by file and function, else the event name', () => {
    expect(tasks[0]?.parts.map((p) => p.label)).toEqual(['TimerFire']);
    expect(tasks[1]?.parts).toEqual([
      { label: 'PrePaint', ms: 12.7, count: 1 },
      { label: 'Layout', ms: 8.6, count: 1 },
    ]);
  });

  it('keeps to Parallax’s run the tasks that overlap it', () => {
    const run = { tasks, window: { start: 110, end: 115 }, events: [] };
    expect(tasksInRun(run).map((t) => t.start)).toEqual([100]);
  });

  it('refuses a trace without the page’s navigation', () => {
    expect(() => mainThreadTasks(events, 'http://127.0.0.1:1/other.html')).toThrow(/no navigationStart/);
  });
});

describe('the page’s own rendering is not Parallax’s', () => {
  const task = (start: number, parts: { label: string; ms: number }[], ours = false) => ({ start, duration: parts.reduce((n, p) => n + p.ms, 0), parts: parts.map((p) => ({ ...p, count: 1 })), ours, rendering: false });
  const layout = [{ label: 'Layout', ms: 44 }, { label: 'PrePaint', ms: 9.8 }, { label: 'BlinkScheduler_PerformMicrotaskCheckpoint', ms: 0.01 }];
  const script = [{ label: 'BlinkScheduler_PerformMicrotaskCheckpoint', ms: 16.6 }];

  it('reads a task of rendering steps alone as a rendering update, and one with a real microtask checkpoint as not', () => {
    const traced = mainThreadTasks(events, URL);
    expect(traced.map((t) => t.rendering)).toEqual([false, true]);
  });

  it('leaves out a rendering update before Parallax first changed the page, and keeps the ones after, and every script task', () => {
    const tasks = [task(120, layout), task(130, script), task(200, layout), task(210, [{ label: 'TimerFire', ms: 20 }], true)].map((t) => ({ ...t, rendering: t.parts.every((p) => ['Layout', 'PrePaint'].includes(p.label) || p.ms < 0.05) }));
    const run = { tasks, window: { start: 100, end: 300 }, events: [] };
    expect(tasksInRun({ ...run, firstChange: 150 }).map((t) => t.start)).toEqual([130, 200, 210]);
    // A page Parallax never changed: none of its rendering updates is Parallax's.
    expect(tasksInRun({ ...run, firstChange: null }).map((t) => t.start)).toEqual([130, 210]);
  });
});
