/**
 * Debian Chromium with a built extension loaded, through playwright-core (see /work/shared/TOOLCHAIN.md):
 * a persistent context on a fresh temporary profile, removed again on close().
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageState } from '../lib/messages';
import { fetchPageState } from '../lib/reply-slices';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** How long the extension's service worker may take to start. */
const SERVICE_WORKER_TIMEOUT_MS = 15_000;

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id: it depends on the build folder's path, so it is read, never hard-coded. */
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/**
 * The extension's service worker, started if needed. Chrome stops an idle worker after about 30 s;
 * call this again rather than keeping a Worker across long waits.
 */
export async function extensionWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith('chrome-extension://') && (!extensionId || new URL(w.url()).host === extensionId);
  const running = context.serviceWorkers().find(ours);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: ours, timeout: SERVICE_WORKER_TIMEOUT_MS });
}

/** Launches Chromium with the unpacked extension in extDir (a `chrome-mv3` build folder). */
/**
 * `userDataDir`: a profile folder to launch with (and keep on close), so that a test can restart the
 * browser on the same profile; by default a fresh temporary one, deleted on close.
 */
export async function launchWithExtension(extDir: string, opts: { headless?: boolean; userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  const dir = path.resolve(extDir);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension at ${dir} (no manifest.json): build it first (npm run build).`);
  }
  const kept = opts.userDataDir !== undefined;
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: opts.headless ?? true,
      acceptDownloads: true,
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    if (!kept) fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`Could not launch ${executablePath}: ${(e as Error).message}`);
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    if (!kept) fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const serviceWorker = await extensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close };
  } catch (e) {
    await close();
    throw new Error(`The extension in ${dir} did not start a service worker within ${SERVICE_WORKER_TIMEOUT_MS / 1000} s: ${(e as Error).message}`);
  }
}

type Tab = { id?: number; url?: string; pendingUrl?: string };
/** How long a tab's content script may take to answer `page-state`. */
const PAGE_STATE_TIMEOUT_MS = 2_000;

const sameUrl = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/**
 * The Chrome tab id of the tab showing pageUrl, evaluated in the extension's service worker. Chrome
 * shows an extension a tab's URL only with the "tabs" permission or host permissions: content-script
 * `matches` do NOT count (verified with Chromium 156, MV3, content scripts on <all_urls> and on
 * http/https: every `tab.url` is undefined). So three ways are tried, in order:
 *   1. `chrome.tabs.query({})` and match `tab.url` (works once the manifest grants tabs or host access);
 *   2. ask each tab's content script `{ type: 'page-state' }` (lib/messages.ts) and match the URL of
 *      its answer (`url`, or `page.url` once annotated): verified with Parallax's content script;
 *   3. when `page` is given: `page.bringToFront()`, then the active tab of the last focused window
 *      (verified: Playwright's bringToFront makes that tab the active one).
 * Throws when none finds the tab.
 */
export async function tabIdOf(serviceWorker: Worker, pageUrl: string, page?: Page): Promise<number> {
  const tabs = await serviceWorker.evaluate(async () => {
    // Runs in the service worker, where `chrome` is the extension API (no @types/chrome here).
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    return (await api.tabs.query({})).map((t) => ({ id: t.id ?? -1, url: t.url ?? t.pendingUrl ?? null }));
  });
  const byUrl = tabs.find((t) => t.url !== null && sameUrl(t.url, pageUrl));
  if (byUrl && byUrl.id >= 0) return byUrl.id;

  const answers = await serviceWorker.evaluate(
    async ({ ids, timeout }) => {
      // No named functions in here: tsx (esbuild keepNames) would wrap them in a __name() helper that
      // does not exist in the worker.
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, msg: object): Promise<unknown> } } }).chrome;
      return Promise.all(
        ids.map((id) =>
          Promise.race([
            api.tabs.sendMessage(id, { type: 'page-state' }).catch(() => null),
            new Promise((resolve) => setTimeout(() => resolve(null), timeout)),
          ]).then((r) => {
            // PageState carries `url`, except `annotated`, which carries it as `page.url`.
            const state = r as { url?: unknown; page?: { url?: unknown } } | null;
            const url = state?.url ?? state?.page?.url;
            return { id, url: typeof url === 'string' ? url : null };
          }),
        ),
      );
    },
    { ids: tabs.map((t) => t.id).filter((id) => id >= 0), timeout: PAGE_STATE_TIMEOUT_MS },
  );
  const byAnswer = answers.find((a) => a.url !== null && sameUrl(a.url, pageUrl));
  if (byAnswer) return byAnswer.id;

  if (page && sameUrl(page.url(), pageUrl)) {
    await page.bringToFront();
    const active = await serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id ?? -1);
    });
    if (active.length === 1 && (active[0] ?? -1) >= 0) return active[0] as number;
  }
  throw new Error(
    `No tab found for ${pageUrl}: ${tabs.length} tabs, URLs ${tabs.some((t) => t.url) ? 'partly' : 'all'} hidden from the extension, ` +
      `no content script answered page-state with that URL${page ? ', and the active tab after bringToFront was ambiguous' : ' (pass the Page to use the active tab)'}.`,
  );
}

/**
 * A tab's whole page state, asked through the extension's service worker and gathered slice by slice
 * as the popup gathers it (lib/reply-slices.ts); null when the tab does not answer with one.
 */
export function tabPageState(serviceWorker: Worker, tabId: number): Promise<PageState | null> {
  return fetchPageState((message) =>
    serviceWorker
      .evaluate(
        ({ id, m }) =>
          (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs
            .sendMessage(id, m)
            .catch(() => null),
        { id: tabId, m: message as object },
      )
      .catch(() => null),
  );
}
