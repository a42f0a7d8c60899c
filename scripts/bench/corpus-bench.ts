/**
 * The reader's corpus at scale (issue 22), in Chromium: a profile holding `n` remembered articles,
 * stored through the background's own remembering (the "Add this page" message, one article at a time,
 * as a reader's visits store them: same handler, same IndexedDB writes), then the browser is closed and
 * started again on that profile, and the 2k-word page is loaded: the first load meets a cold service
 * worker (it reads every article's marks, then the claims of the page's candidates), the next ones a
 * warm one. Remembering is on throughout, so each visit also remembers the page, and the background
 * reports how long that took (corpus-status `lastRememberMs`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../lib/seeds/metadata';
import { SETTINGS_KEY, DEFAULT_SETTINGS } from '../../lib/store/settings';
import { extensionWorker, launchWithExtension, type ExtensionBrowser } from '../browser';
import { pageFigures, runOnce, withRun, workerHeap, type HeapFigures, type PageFigures, type PageRef, type RunFigures } from './browser-bench';
import { summarize, type Summary } from './stats';

export interface CorpusFigures {
  /** Articles remembered (the reply's count after filling). */
  articles: number;
  /** Filling: wall time, and each remember message's round trip in the extension page (background time plus messaging). */
  fillSeconds: number;
  rememberMessage: Summary;
  /**
   * Background time of remembering a read page on a visit (its claims and links from its annotation,
   * no second reading), for the last VISITS articles of the fill, sent as a content script sends a
   * page (`annotate` with what it read), each then remembered as a reader's visit remembers it.
   */
  rememberVisit: Summary | null;
  /** The same visits' annotate round trip (matching against the corpus as it grows). */
  visitAnnotate: Summary | null;
  /** IndexedDB and other storage of the extension's origin (navigator.storage.estimate), and per article. */
  storageBytes: number | null;
  storagePerArticle: number | null;
  /** The first load after the browser started again on the profile: a cold service worker. */
  cold: RunFigures;
  /** The loads after it. */
  warm: PageFigures;
  /** The service worker's heap after the warm runs (after a GC). */
  heap: HeapFigures | null;
  /** The background's steps for the cold load and the last warm one (ms; corpus-status lastMatchMs). */
  coldSteps: Record<string, number> | null;
  warmSteps: Record<string, number> | null;
}

/** Articles sent per evaluate call while filling (the texts travel through CDP). */
const FILL_CHUNK = 250;
/** The last this many articles of the fill arrive as visits (annotate, then remembered), the rest through "Add this page". */
const VISITS = 100;

async function extensionPage(b: ExtensionBrowser) {
  const page = await b.context.newPage();
  // The manager is an extension page: it may message the background as the popup does.
  await page.goto(`chrome-extension://${b.extensionId}/manager.html`);
  return page;
}

async function status(b: ExtensionBrowser): Promise<{ count: number; lastRememberMs?: number; lastMatchMs?: Record<string, number> }> {
  const page = await extensionPage(b);
  try {
    return (await page.evaluate(`chrome.runtime.sendMessage({ type: 'corpus-status' })`)) as { count: number; lastRememberMs?: number; lastMatchMs?: Record<string, number> };
  } finally {
    await page.close();
  }
}

export async function measureCorpus(
  extDir: string,
  ref: PageRef,
  all: readonly Article[],
  opts: { runs: number; warmup: number; log: (s: string) => void; /** A profile filled by an earlier run, kept: no filling (for work on the cold path). */ profile?: string },
): Promise<CorpusFigures> {
  const reuse = opts.profile !== undefined && fs.existsSync(opts.profile);
  const profile = opts.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-corpus-'));
  try {
    let b = await launchWithExtension(extDir, { userDataDir: profile });
    const started = performance.now();
    // A profile filled before: nothing more is remembered (its figures are then the loads only).
    const articles = reuse ? [] : all;
    const times: number[] = [];
    const visits: number[] = [];
    const visitAnnotate: number[] = [];
    let storageBytes: number | null = null;
    try {
      // Remembering on, as a reader who agreed.
      const worker = await extensionWorker(b.context, b.extensionId);
      await worker.evaluate(`chrome.storage.local.set({ ${JSON.stringify(SETTINGS_KEY)}: ${JSON.stringify({ ...DEFAULT_SETTINGS, remember: true, rememberAsked: true })} })`);
      const page = await extensionPage(b);
      const message = (a: Article, type: 'remember' | 'annotate') => ({
        type,
        url: `https://${a.meta.outlet.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example/${a.id}`,
        title: a.meta.title,
        ...(a.meta.date ? { date: a.meta.date } : {}),
        text: a.text,
        reading: { outlet: a.meta.outlet, notArticle: null, incognito: false },
      });
      const bulk = articles.slice(0, Math.max(0, articles.length - VISITS));
      for (let at = 0; at < bulk.length; at += FILL_CHUNK) {
        const chunk = bulk.slice(at, at + FILL_CHUNK).map((a) => message(a, 'remember'));
        const got = (await page.evaluate(
          `(async (msgs) => { const out = []; for (const m of msgs) { const t = performance.now(); const r = await chrome.runtime.sendMessage(m); if (!r || !r.ok) return { error: JSON.stringify(r) }; out.push(performance.now() - t); } return { times: out }; })(${JSON.stringify(chunk)})`,
        )) as { times?: number[]; error?: string };
        if (got.error) throw new Error(`remembering article ${at}: ${got.error}`);
        times.push(...(got.times ?? []));
        if ((at / FILL_CHUNK) % 8 === 7) opts.log(`  corpus: ${times.length} remembered, median ${summarize(times).median.toFixed(1)} ms each`);
      }
      // Visits: annotated (every slice fetched, as the content script does), then remembered in the background.
      for (const a of articles.slice(bulk.length)) {
        const got = (await page.evaluate(
          `(async (m) => {
            const before = (await chrome.runtime.sendMessage({ type: 'corpus-status' })).count;
            const t = performance.now();
            let r = await chrome.runtime.sendMessage(m);
            while (r && r.ok && r.next) r = await chrome.runtime.sendMessage({ type: 'annotate-more', token: r.next });
            const annotate = performance.now() - t;
            if (!r || !r.ok) return { error: JSON.stringify(r) };
            for (let i = 0; i < 500; i++) {
              const s = await chrome.runtime.sendMessage({ type: 'corpus-status' });
              if (s.count > before) return { annotate, remember: s.lastRememberMs };
              await new Promise((ok) => setTimeout(ok, 10));
            }
            return { error: 'not remembered within 5 s' };
          })(${JSON.stringify(message(a, 'annotate'))})`,
        )) as { annotate?: number; remember?: number; error?: string };
        if (got.error) throw new Error(`visiting ${a.id}: ${got.error}`);
        if (got.annotate !== undefined) visitAnnotate.push(got.annotate);
        if (got.remember !== undefined) visits.push(got.remember);
      }
      storageBytes = ((await page.evaluate(`navigator.storage.estimate().then((e) => e.usage ?? null)`)) as number | null) ?? null;
      await page.close();
    } finally {
      await b.close();
    }
    const fillSeconds = (performance.now() - started) / 1000;

    // The same profile, a new browser: the service worker starts cold on the page's first message.
    b = await launchWithExtension(extDir, { userDataDir: profile });
    try {
      const cold = await runOnce(b, withRun(ref.url, 'corpus-cold'));
      const coldSteps = (await status(b)).lastMatchMs ?? null;
      opts.log(`  corpus: cold load, background steps ${JSON.stringify(coldSteps)}`);
      const runs: RunFigures[] = [];
      for (let i = 0; i < opts.warmup + opts.runs; i++) {
        const r = await runOnce(b, withRun(ref.url, `corpus-${i}`));
        if (i >= opts.warmup) runs.push(r);
      }
      const warmSteps = (await status(b)).lastMatchMs ?? null;
      opts.log(`  corpus: warm load, background steps ${JSON.stringify(warmSteps)}`);
      const heap = await workerHeap(b).catch(() => null);
      const count = (await status(b)).count;
      return {
        articles: count,
        fillSeconds,
        rememberMessage: summarize(times),
        rememberVisit: visits.length > 0 ? summarize(visits) : null,
        visitAnnotate: visitAnnotate.length > 0 ? summarize(visitAnnotate) : null,
        storageBytes,
        storagePerArticle: storageBytes === null || count === 0 ? null : storageBytes / count,
        cold,
        warm: pageFigures(ref, `${count} remembered articles`, runs),
        heap,
        coldSteps,
        warmSteps,
      };
    } finally {
      await b.close();
    }
  } finally {
    if (opts.profile === undefined) fs.rmSync(profile, { recursive: true, force: true });
  }
}
