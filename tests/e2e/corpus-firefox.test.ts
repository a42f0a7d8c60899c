// @vitest-environment node
/**
 * Issue 22 in real Firefox: the reader's own corpus. The Firefox build (.output/firefox-mv2) installed as
 * a temporary add-on in headless Debian Firefox ESR, driven by puppeteer-core over WebDriver BiDi
 * (scripts/firefox.ts), on two outlets' articles about a story that is not in seeds/ (a city flood,
 * tests/reader-corpus/flood), served from 127.0.0.1 as news pages, exactly as the Chromium test
 * (tests/e2e/corpus.test.ts) serves them. With remembering on, outlet A's article is remembered and
 * outlet B's then highlights the facts A also reported, its note naming A and A's date; the popup shows
 * the story; removed in the manager, A's links are gone; export, clear and import in the manager bring
 * them back; a home page, a search-results page, an excluded site and a private window store nothing;
 * no Parallax context logs an error.
 *
 * Where Firefox differs from Chromium (each also said where it matters below):
 * - Extension pages (popup, manager) are opened by navigating without waiting for a load event, which
 *   Firefox does not send over BiDi for moz-extension:// pages; the origin is fixed by a pref.
 * - The MV2 background is a persistent background page, not a service worker: Firefox never stops it
 *   while the add-on runs, so Chromium's "woken service worker loads the saved corpus index" step has no
 *   Firefox counterpart. Tab ids and messages go through an extension page (the manager).
 * - A temporary add-on does not survive a Firefox restart (it is removed when Firefox quits), so the
 *   Chromium test's restart on the same profile has no counterpart either; its checks of the dated note
 *   and the popup's story are made here, without a restart.
 * - The popup's "Manage remembered articles" link opens the manager in a tab puppeteer gets no target
 *   for: Firefox's own tab list (chrome scope) shows it opened, and the test drives a manager of its own.
 * - Downloads: the manager's "Export corpus" (<a download> of a Blob) is saved by Firefox into the
 *   profile's download folder (prefs in scripts/firefox.ts); there is no download event to wait on.
 * - Uploads: the manager's hidden <input type="file"> is given the file with BiDi `input.setFiles`
 *   (puppeteer's uploadFile), the same change event a reader's file picker fires.
 * - Private windows: BiDi cannot ask for one, but the chrome scope (--remote-allow-system-access) can
 *   open one, and BiDi then drives its tab. Firefox runs an add-on in private windows only when the
 *   reader allows it ("Run in Private Windows"; a temporary add-on is not allowed by default): not
 *   allowed, Parallax does not even run there, and that is what is checked. The allowed case is not
 *   driven: once the add-on runs in private windows, navigating a private tab over BiDi hung until the
 *   test's timeout in about one run in three here. A new BiDi tab or window opens private when the
 *   last focused window is private, so the private window is closed before B is opened normally.
 * - Console: extension contexts' script errors are read from Firefox's console stores in the chrome
 *   scope, and from Firefox's stdout; their console.* calls reach stdout only, without their source.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/messages';
import { firefoxTabIdOf, firefoxTabPageState, launchFirefoxWithExtension, type ConsoleEntry, type FirefoxWithExtension, isFirefoxTeardown, isFromParallax } from '../../scripts/firefox';
import { serve } from '../../scripts/serve';
import { A, B, FLOOD, newsPage, type Outlet } from './flood-pages';

/** The build under test, copied to a temporary folder first, so a rebuild of .output/ during the run cannot pull files from under Firefox. */
const BUILT_FIREFOX = path.resolve(process.env.PARALLAX_FIREFOX_EXT ?? '.output/firefox-mv2');
const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-ff-corpus-build-'));
const EXT_DIR = path.join(buildsDir, 'firefox-mv2');
if (!fs.existsSync(path.join(BUILT_FIREFOX, 'manifest.json'))) throw new Error(`No extension build at ${BUILT_FIREFOX}: run npm run build first (npm test does).`);
fs.cpSync(BUILT_FIREFOX, EXT_DIR, { recursive: true });

const SHOTS = path.resolve('out/e2e');
const TIMEOUT = 120_000;
const MARKS = 'mark[data-parallax-annotation]';
const NOTE = 'parallax-note >>> [data-parallax-note]';

let ff: FirefoxWithExtension;
let server: { url: string; close(): Promise<void> };
let dir: string;
const opened: Page[] = [];
/** Every message of Firefox's console stores seen so far (they keep a bounded number: read after each test). */
const consoleSeen = new Map<string, ConsoleEntry>();

const TITLE_A = 'Harlow River floods downtown Marston as levee gives way';

const urlOf = (p: string): string => new URL(p, server.url).href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Api = {
  runtime: { sendMessage(m: object): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(o: object): Promise<void> } };
};

/**
 * Runs an async expression in Firefox's chrome (parent-process) scope, where the private window is
 * opened and the add-on's private-browsing permission is read and granted (needs --remote-allow-system-access,
 * which scripts/firefox.ts passes). Returns its JSON-serialisable result.
 */
async function inChrome<T>(body: string): Promise<T> {
  const connection = (ff.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome-scope browsing context');
  const reply = (await connection.send('script.evaluate', {
    expression: `(async () => { ${body} })().then((v) => JSON.stringify(v ?? null))`,
    target: { context },
    awaitPromise: true,
    'moz:scope': 'chrome',
  } as object)).result as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } };
  if (reply.type !== 'success' || reply.result?.type !== 'string') throw new Error(`chrome-scope evaluation failed: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
  return JSON.parse(reply.result.value ?? 'null') as T;
}

/** The address of every tab in every Firefox window, as Firefox itself lists them (chrome scope). */
const tabUrls = (): Promise<string[]> =>
  inChrome<string[]>(`return Array.from(Services.wm.getEnumerator('navigator:browser')).flatMap((w) => [...w.gBrowser.tabs].map((t) => t.linkedBrowser.currentURI.spec));`);

async function collectConsole(): Promise<void> {
  for (const m of await ff.consoleMessages()) consoleSeen.set(`${m.time}|${m.kind}|${m.source}|${m.message}`, m);
}
const firefoxTeardown = (m: ConsoleEntry): boolean => isFirefoxTeardown(ff, m);
const fromParallax = (m: ConsoleEntry): boolean => isFromParallax(ff, m);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-ff-corpus-pages-'));
  for (const o of [A, B]) {
    fs.mkdirSync(path.dirname(path.join(dir, o.at)), { recursive: true });
    fs.writeFileSync(path.join(dir, o.at), newsPage(o));
  }
  // A home page and a search-results page carrying the same articles: never remembered.
  fs.writeFileSync(path.join(dir, 'index.html'), newsPage(A));
  fs.mkdirSync(path.join(dir, 'search'));
  fs.writeFileSync(path.join(dir, 'search', 'index.html'), newsPage(B));
  server = await serve(dir);
  fs.mkdirSync(SHOTS, { recursive: true });
  ff = await launchFirefoxWithExtension(EXT_DIR);
}, 90_000);

afterEach(async () => {
  for (const p of opened.splice(0)) if (!p.isClosed()) await p.close().catch(() => undefined);
  extPage = undefined;
  if (ff) await collectConsole();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(buildsDir, { recursive: true, force: true });
});

/** A new tab, kept to be closed after the test. */
async function newTab(): Promise<Page> {
  const page = await ff.browser.newPage();
  opened.push(page);
  return page;
}

/** An extension page to talk to the background from, as the popup and the manager do (Firefox: the background is a page, not a worker to evaluate in). */
let extPage: Page | undefined;
async function extension(): Promise<Page> {
  if (!extPage || extPage.isClosed()) {
    const page = await newTab();
    await ff.openExtensionPage(page, 'manager.html');
    extPage = page;
  }
  return extPage;
}
async function ask(message: object): Promise<unknown> {
  return (await extension()).evaluate((m) => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage(m), message);
}
const remembered = async (): Promise<number> => ((await ask({ type: 'corpus-status' })) as { count?: number }).count ?? -1;
async function storedSettings(): Promise<Record<string, unknown>> {
  return (await extension()).evaluate(async () => ((await (globalThis as unknown as { browser: Api }).browser.storage.local.get('parallax.settings'))['parallax.settings'] ?? {}) as Record<string, unknown>);
}
/** Parallax's settings as stored in browser.storage.local, changed by `change` (what the popup's switches write). */
async function setSettings(change: (s: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const next = change(await storedSettings());
  await (await extension()).evaluate((v) => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ 'parallax.settings': v }), next);
}

const tabIds = new WeakMap<Page, number>();
async function tabIdOf(page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const id = await firefoxTabIdOf(await extension(), page.url());
  tabIds.set(page, id);
  return id;
}
/** The page's state as its content script tells it (null until the content script answers). */
async function pageState(page: Page): Promise<PageState | null> {
  try {
    return await firefoxTabPageState(await extension(), await tabIdOf(page));
  } catch {
    return null;
  }
}

/** How many sentences Parallax annotated on the page, as its content script tells it (-1 when not annotated). */
async function annotationCount(page: Page): Promise<number> {
  const s = await pageState(page);
  return s?.state === 'annotated' ? s.page.annotations.length : -1;
}

/** Whether the page's tab is in a private window, as the WebExtension API tells it. */
async function incognitoOf(page: Page): Promise<boolean> {
  return (await extension()).evaluate(
    async (id) => (await (globalThis as unknown as { browser: { tabs: { get(id: number): Promise<{ incognito: boolean }> } } }).browser.tabs.get(id)).incognito,
    await tabIdOf(page),
  );
}

/** Opens a page in a new tab and waits until Parallax has read and matched it. */
async function open(pathname: string): Promise<Page> {
  const p = await newTab();
  await p.goto(urlOf(pathname));
  await expect.poll(async () => (await pageState(p))?.state, { timeout: 20_000 }).toBe('annotated');
  return p;
}
/** Reloads a page and waits until Parallax has read and matched it again. */
async function reload(p: Page): Promise<void> {
  await p.reload();
  await expect.poll(async () => (await pageState(p))?.state, { timeout: 20_000 }).toBe('annotated');
}

/**
 * A private window, opened from the chrome scope (BiDi has no command for one) and driven over BiDi:
 * its tab, as a puppeteer page.
 */
async function openPrivateWindow(): Promise<Page> {
  const target = ff.browser.waitForTarget((t) => t.url() === 'about:privatebrowsing' && t.type() === 'page', { timeout: 10_000 });
  const isPrivate = await inChrome<boolean>(`
    const w = Services.wm.getMostRecentWindow('navigator:browser').OpenBrowserWindow({ private: true });
    await new Promise((r) => w.addEventListener('load', r, { once: true }));
    return PrivateBrowsingUtils.isWindowPrivate(w);`);
  expect(isPrivate).toBe(true);
  const page = await (await target).page();
  if (!page) throw new Error('the private window has no page');
  opened.push(page);
  return page;
}
/** Closes every private window, and waits until Firefox lists none. */
async function closePrivateWindows(): Promise<void> {
  await inChrome<null>(`for (const w of Services.wm.getEnumerator('navigator:browser')) if (PrivateBrowsingUtils.isWindowPrivate(w)) w.close(); return null;`);
  await expect.poll(() => inChrome<number>(`return Array.from(Services.wm.getEnumerator('navigator:browser')).filter((w) => PrivateBrowsingUtils.isWindowPrivate(w)).length;`), { timeout: 5_000 }).toBe(0);
}

/** The highlighted sentences' texts (a sentence may be a run of marks), in page order. */
async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(highlightedIn, MARKS);
}
/** In the page: the highlighted sentences' texts, whitespace squashed (a plain function, also sent as source over raw BiDi). */
function highlightedIn(doc: Document | string, sel?: string): string[] {
  const d = typeof doc === 'string' ? document : doc;
  const selector = typeof doc === 'string' ? doc : (sel ?? '');
  const byId = new Map<string, string>();
  for (const m of Array.from(d.querySelectorAll(selector))) {
    const id = m.getAttribute('data-parallax-annotation') ?? '';
    byId.set(id, (byId.get(id) ?? '') + (m.textContent ?? ''));
  }
  return [...byId.values()].map((t) => t.replace(/\s+/g, ' ').trim());
}

/** A BiDi command with a deadline. */
async function rawSend<T>(method: string, params: object, ms = 15_000): Promise<T> {
  const connection = (ff.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return (await Promise.race([
      connection.send(method, params).then((r) => r.result as T),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${method} did not answer within ${ms / 1000} s`)), ms); }),
    ])) as T;
  } finally {
    clearTimeout(timer);
  }
}
const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;
/** Navigates the tab over BiDi, waiting for its document to be complete, without puppeteer's bookkeeping. */
async function rawNavigate(page: Page, url: string): Promise<void> {
  await rawSend('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
  await expect.poll(() => rawEvaluate<string>(page, 'location.href + " " + document.readyState').catch(() => ''), { timeout: 20_000 }).toBe(`${url} complete`);
}
/** Evaluates an expression in the tab's page over BiDi (JSON-serialisable result). */
async function rawEvaluate<T>(page: Page, expression: string): Promise<T> {
  const reply = await rawSend<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } }>(
    'script.evaluate',
    { expression: `JSON.stringify(${expression})`, target: { context: contextOf(page) }, awaitPromise: false },
    5_000,
  );
  if (reply.type !== 'success' || reply.result?.type !== 'string') throw new Error(`evaluation failed: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
  return JSON.parse(reply.result.value ?? 'null') as T;
}

async function openPopup(tabOf: Page): Promise<Page> {
  const tabId = await tabIdOf(tabOf);
  const popup = await newTab();
  await popup.setViewport({ width: 480, height: 900 });
  await ff.openExtensionPage(popup, `popup.html?tab=${tabId}`);
  return popup;
}

async function openManager(): Promise<Page> {
  const m = await newTab();
  await m.setViewport({ width: 1100, height: 700 });
  await ff.openExtensionPage(m, 'manager.html');
  await m.waitForSelector('.summary span', { timeout: 10_000 });
  return m;
}

async function buttonNamed(page: Page | ElementHandle, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const root = 'waitForFunction' in page ? page : null;
  if (root) {
    const handle = await root.waitForFunction((n) => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === n) ?? null, { timeout: 5_000 }, name);
    return handle as ElementHandle<HTMLButtonElement>;
  }
  const handle = await (page as ElementHandle).evaluateHandle((el, n) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === n) ?? null, name);
  const button = handle.asElement();
  if (!button) throw new Error(`no button "${name}"`);
  return button as ElementHandle<HTMLButtonElement>;
}
const textOf = (page: Page, selector: string): Promise<string> => page.$eval(selector, (e) => (e as HTMLElement).innerText).catch(() => '');
const countOf = (page: Page, selector: string): Promise<number> => page.$$eval(selector, (es) => es.length);
/** The settings switch labelled `label` in the popup: its checkbox. */
async function switchNamed(popup: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await popup.waitForFunction(
    (l) => Array.from(document.querySelectorAll('label.switch')).find((e) => e.textContent?.trim() === l)?.querySelector('input') ?? null,
    { timeout: 5_000 },
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** The file a download of `name` was saved to, once Firefox has written it whole. */
async function downloaded(test: (name: string) => boolean): Promise<string> {
  let file = '';
  await expect
    .poll(() => {
      file = fs.readdirSync(ff.downloadDir).find((f) => test(f) && !f.endsWith('.part')) ?? '';
      return file !== '' && fs.statSync(path.join(ff.downloadDir, file)).size > 0;
    }, { timeout: 10_000 })
    .toBe(true);
  return path.join(ff.downloadDir, file);
}

let texts: string[] = [];

describe('the reader’s own corpus in Firefox', () => {
  it('asks once, remembers A, and B then highlights the facts A also reported, its note naming A and its date; the popup shows the story; removed in the manager, they are gone; export, clear and import bring them back', async () => {
    // Before the reader agrees, nothing is remembered; the popup asks once, the reader says yes (on the
    // outlet's home page, which is read and still not remembered).
    const early = await open('');
    expect(await remembered()).toBe(0);
    expect((await storedSettings()).remember ?? false).toBe(false);
    const popup = await openPopup(early);
    await popup.waitForSelector('[role="group"][aria-label="Remember articles"]', { timeout: 10_000 });
    await popup.screenshot({ path: path.join(SHOTS, 'firefox-corpus-popup-prompt.png') });
    await (await buttonNamed(popup, 'Remember articles I read')).click();
    await expect.poll(() => countOf(popup, '[role="group"][aria-label="Remember articles"]'), { timeout: 5_000 }).toBe(0);
    await expect.poll(async () => (await switchNamed(popup, 'Remember articles I read')).evaluate((i) => i.checked), { timeout: 5_000 }).toBe(true);
    // The answer is the setting in browser.storage.local (lib/store/settings.ts).
    await expect.poll(async () => { const s = await storedSettings(); return [s.remember, s.rememberAsked]; }, { timeout: 5_000 }).toEqual([true, true]);
    expect(await textOf(popup, '.corpus .privacy')).toMatch(/kept only in this browser.*never sent anywhere.*remove them/);
    await popup.close();
    await early.close();

    // A home page and a search-results page are read but not remembered.
    for (const p of ['', 'search/?q=marston+flood']) {
      const page = await open(p);
      expect(await highlightedTexts(page)).toEqual([]);
      await sleep(500);
      await page.close();
    }
    expect(await remembered()).toBe(0);

    // Outlet A's article: remembered.
    const a = await open(A.at);
    await expect.poll(remembered, { timeout: 10_000 }).toBe(1);
    expect(await highlightedTexts(a)).toEqual([]);
    await a.close();

    // Outlet B's article, two days later: A's facts are highlighted, A's figure set against B's.
    const b = await open(B.at);
    await b.setViewport({ width: 1280, height: 900 });
    const state = await pageState(b);
    if (state?.state !== 'annotated') throw new Error(`B: ${state?.state}`);
    // Highlights go in batches: wait for one per annotated sentence.
    await expect.poll(async () => (await highlightedTexts(b)).length, { timeout: 10_000 }).toBe(state.page.annotations.length);
    texts = await highlightedTexts(b);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts).toContainEqual(expect.stringContaining('about 1,500 residents were evacuated'));
    expect(texts).toContainEqual(expect.stringContaining('Mayor Elena Ruiz declared a state of emergency'));
    expect(new Set(state.page.annotations.flatMap((x) => x.links.map((l) => l.outlet)))).toEqual(new Set(['The Valley Courier']));

    // The note names A, with its date and a link to its article, and tells a figure two days apart as a change.
    const evac = await b.evaluateHandle((sel) => Array.from(document.querySelectorAll(`${sel}[data-parallax-status="disputed"]`)).find((m) => m.textContent?.includes('1,500 residents')) ?? null, MARKS);
    const evacMark = evac.asElement() as ElementHandle<Element> | null;
    if (!evacMark) throw new Error('no disputed highlight on "1,500 residents"');
    await evacMark.scrollIntoView();
    await evacMark.hover();
    const note = await b.waitForSelector(NOTE, { timeout: 5_000 });
    if (!note) throw new Error('no note');
    const noteText = await note.evaluate((n) => (n as HTMLElement).innerText);
    expect(noteText).toMatch(/The Valley Courier[\s\S]*About 1,200 residents/);
    expect(await note.$eval('.name a', (l) => [l.textContent?.trim(), l.getAttribute('href')])).toEqual(['The Valley Courier', urlOf(A.at)]);
    expect(await note.$eval('time', (t) => (t as HTMLElement).innerText)).toBe('Mar 10, 2026');
    expect(noteText).toMatch(/Number changed between reports — here \(Mar 12\): [^;\n]*1,500[^;\n]*; The Valley Courier \(Mar 10\): [^\n]*1,200[^\n]* — reported 2 days apart/);
    await b.screenshot({ path: path.join(SHOTS, 'firefox-corpus-page-b.png') });
    await b.mouse.move(5, 5);
    // B itself is now remembered too, and never linked to itself.
    await expect.poll(remembered, { timeout: 10_000 }).toBe(2);
    // Firefox difference: no counterpart to Chromium's stopped-and-woken service worker here: the MV2
    // background page stays alive as long as the add-on runs.

    // The popup on B: the facts from A, the corpus line, and the story: both outlets, dated, earliest first, B marked as this page.
    const pop = await openPopup(b);
    await pop.waitForSelector('[data-annotation-id]', { timeout: 10_000 });
    expect(await countOf(pop, '[data-annotation-id]')).toBe(texts.length);
    await expect.poll(() => textOf(pop, '.corpus-count'), { timeout: 5_000 }).toBe('2 remembered articles, this page among them.');
    await buttonNamed(pop, 'Remove this page');
    await pop.waitForSelector('section.story', { timeout: 10_000 });
    expect(await textOf(pop, 'section.story .story-title')).toBe('This story: 2 outlets, 2 reports');
    expect(await pop.$$eval('section.story .story-outlet-name', (es) => es.map((e) => (e as HTMLElement).innerText))).toEqual(['The Valley Courier', 'Northern Ledger']);
    expect(await pop.$$eval('section.story time', (es) => es.map((e) => (e as HTMLElement).innerText))).toEqual(['Mar 10, 2026', 'Mar 12, 2026']);
    expect(await textOf(pop, 'section.story .story-report.self')).toContain('(this page)');
    expect(await pop.$eval('section.story .story-report:not(.self) a', (l) => l.getAttribute('href'))).toBe(urlOf(A.at));
    await pop.screenshot({ path: path.join(SHOTS, 'firefox-corpus-popup-story.png'), fullPage: true });

    // The manager is reached from the popup: "Manage remembered articles" opens it in a new tab.
    const managerUrl = `${ff.origin}/manager.html`;
    expect(await pop.$eval('.corpus a.manage', (l) => [l.getAttribute('target'), (l as HTMLAnchorElement).href])).toEqual(['_blank', managerUrl]);
    const managerTabs = async () => (await tabUrls()).filter((u) => u === managerUrl).length;
    const before = await managerTabs();
    await pop.click('.corpus a.manage');
    await expect.poll(managerTabs, { timeout: 10_000 }).toBe(before + 1);
    // Firefox difference: puppeteer gets no BiDi target for a tab an extension page opens (Firefox's own
    // tab list above shows it), so that tab is closed and the manager is driven in a tab of the test's own.
    await inChrome<null>(`
      for (const w of Services.wm.getEnumerator('navigator:browser')) {
        const t = [...w.gBrowser.tabs].reverse().find((x) => x.linkedBrowser.currentURI.spec === ${JSON.stringify(managerUrl)});
        if (t) { w.gBrowser.removeTab(t); break; }
      }
      return null;`);
    await expect.poll(managerTabs, { timeout: 5_000 }).toBe(before);
    const manager = await openManager();
    await pop.close();

    // The manager lists both, searches, and removes A.
    await expect.poll(() => countOf(manager, 'tr[data-article-id]'), { timeout: 5_000 }).toBe(2);
    expect(await textOf(manager, '.summary span')).toMatch(/^2 articles, [\d.]+ KB of text; Parallax's storage in this browser: [\d.]+ [KM]?B\.$/);
    expect(await manager.$$eval('tr[data-article-id] td.outlet', (es) => es.map((e) => (e as HTMLElement).innerText).sort())).toEqual(['Northern Ledger', 'The Valley Courier']);
    await manager.screenshot({ path: path.join(SHOTS, 'firefox-corpus-manager.png'), fullPage: true });
    await manager.type('input[type="search"]', 'courier 2026-03-10');
    await expect.poll(() => countOf(manager, 'tr[data-article-id]'), { timeout: 5_000 }).toBe(1);
    const rowA = await manager.$('tr[data-article-id]');
    if (!rowA) throw new Error('no row for A');
    expect(await rowA.evaluate((r) => (r as HTMLElement).innerText)).toMatch(/2026-03-10\s+The Valley Courier\s+Harlow River floods downtown Marston/);
    await (await buttonNamed(rowA, 'Remove')).click();
    await expect.poll(() => textOf(manager, '[role="status"]'), { timeout: 5_000 }).toBe(`Removed "${TITLE_A}" (1 article).`);
    expect(await remembered()).toBe(1);

    // Reload B: A's highlights are gone.
    await reload(b);
    expect(await annotationCount(b)).toBe(0);
    expect(await countOf(b, MARKS)).toBe(0);

    // "Add this page" works whatever the setting: remembering off (the popup's switch), A added from its popup, B has its highlights back.
    const settingsPopup = await openPopup(b);
    const rememberSwitch = await switchNamed(settingsPopup, 'Remember articles I read');
    expect(await rememberSwitch.evaluate((i) => i.checked)).toBe(true);
    await rememberSwitch.click();
    await expect.poll(async () => (await storedSettings()).remember, { timeout: 5_000 }).toBe(false);
    await settingsPopup.close();
    const a2 = await open(A.at);
    await sleep(500);
    expect(await remembered()).toBe(1);
    const addPopup = await openPopup(a2);
    await (await buttonNamed(addPopup, 'Add this page')).click();
    await expect.poll(() => textOf(addPopup, '.corpus [role="status"]'), { timeout: 5_000 }).toBe('Remembered this page.');
    await expect.poll(() => textOf(addPopup, '.corpus-count'), { timeout: 5_000 }).toBe('2 remembered articles, this page among them.');
    await addPopup.close();
    await a2.close();
    await reload(b);
    await expect.poll(() => highlightedTexts(b), { timeout: 10_000 }).toEqual(texts);

    // Export, clear, import through the manager: the same highlights come back; importing twice adds
    // nothing twice; a bad file changes nothing.
    // Reloaded (Firefox: by navigating again, as page.reload would wait for a load event that never
    // comes); it listed A as removed, so its two rows show the new document.
    await ff.openExtensionPage(manager, 'manager.html');
    await expect.poll(() => countOf(manager, 'tr[data-article-id]'), { timeout: 10_000 }).toBe(2);
    await (await buttonNamed(manager, 'Export corpus')).click();
    await expect.poll(() => textOf(manager, '[role="status"]'), { timeout: 5_000 }).toBe('Exported 2 articles.');
    // The file as Firefox saved it is the one imported below; a copy is kept beside the screenshots.
    const exported = await downloaded((f) => /^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/.test(f));
    fs.copyFileSync(exported, path.join(SHOTS, `firefox-${path.basename(exported)}`));
    const exportedData = JSON.parse(fs.readFileSync(exported, 'utf8')) as { articles: { outlet: string; url: string; date?: string }[] };
    expect(exportedData).toMatchObject({ format: 'parallax-corpus', version: 1, articles: [{ outlet: 'Northern Ledger' }, { outlet: 'The Valley Courier' }] });
    expect(exportedData.articles.map((x) => [x.outlet, x.url, x.date])).toEqual([
      ['Northern Ledger', urlOf(B.at), '2026-03-12'],
      ['The Valley Courier', urlOf(A.at), '2026-03-10'],
    ]);
    await (await buttonNamed(manager, 'Remove all')).click();
    await (await buttonNamed(manager, 'Confirm: remove all 2')).click();
    await expect.poll(() => textOf(manager, '[role="status"]'), { timeout: 5_000 }).toBe('Removed all 2 remembered articles.');
    expect(await remembered()).toBe(0);
    await reload(b);
    expect(await annotationCount(b)).toBe(0);
    expect(await countOf(b, MARKS)).toBe(0);
    const input = await manager.$('input[type="file"]');
    if (!input) throw new Error('no file input in the manager');
    // Firefox: BiDi input.setFiles gives the hidden input the file and fires its change event, as a file picker would.
    await (input as ElementHandle<HTMLInputElement>).uploadFile(exported);
    await expect.poll(() => textOf(manager, '[role="status"]'), { timeout: 10_000 }).toBe(`Imported ${path.basename(exported)}: 2 added.`);
    await (input as ElementHandle<HTMLInputElement>).uploadFile(exported);
    await expect.poll(() => textOf(manager, '[role="status"]'), { timeout: 10_000 }).toBe(`Imported ${path.basename(exported)}: 0 added, 2 already remembered.`);
    const bad = path.join(dir, 'firefox-corpus-bad.json');
    const data = JSON.parse(fs.readFileSync(exported, 'utf8')) as { articles: { date?: string }[] };
    (data.articles[1] as { date?: string }).date = 'March 10';
    fs.writeFileSync(bad, JSON.stringify(data));
    await (input as ElementHandle<HTMLInputElement>).uploadFile(bad);
    await expect.poll(() => textOf(manager, '[role="alert"]'), { timeout: 10_000 }).toBe(`firefox-corpus-bad.json: articles[1] ("${TITLE_A}"): date: expected YYYY-MM-DD`);
    expect(await remembered()).toBe(2);
    expect(await countOf(manager, 'tr[data-article-id]')).toBe(2);
    await reload(b);
    await expect.poll(() => highlightedTexts(b), { timeout: 10_000 }).toEqual(texts);
    await manager.screenshot({ path: path.join(SHOTS, 'firefox-corpus-manager-import.png'), fullPage: true });
  }, TIMEOUT);

  it('an excluded site stores nothing; a private window stores nothing', async () => {
    const articleOfB = fs.readFileSync(path.join(FLOOD, B.file), 'utf8').trim();
    // Runs on what the first test leaves (A and B remembered, B's highlights in `texts`), as the tests of
    // tests/e2e/corpus.test.ts do. Start from A alone, with remembering on.
    expect(await ask({ type: 'forget', url: urlOf(B.at) })).toEqual({ ok: true, outcome: 'removed', count: 1 });
    await setSettings((s) => ({ ...s, remember: true, rememberAsked: true, disabledSites: [] }));
    expect(await remembered()).toBe(1);

    // Remembering on, but Parallax off for the site (127.0.0.1): B's page is neither read nor kept.
    await setSettings((s) => ({ ...s, disabledSites: ['127.0.0.1'] }));
    const off = await newTab();
    await off.goto(urlOf(B.at));
    await expect.poll(async () => (await pageState(off))?.state, { timeout: 20_000 }).toBe('disabled');
    await sleep(1_000);
    expect(await countOf(off, MARKS)).toBe(0);
    expect(await remembered()).toBe(1);
    await off.close();
    await setSettings((s) => ({ ...s, disabledSites: [] }));

    const privateWindows = () => inChrome<string[]>(`return Array.from(Services.wm.getEnumerator('navigator:browser')).filter((w) => PrivateBrowsingUtils.isWindowPrivate(w)).map((w) => w.gBrowser.currentURI.spec);`);
    const allowedInPrivate = () => inChrome<boolean>(`return WebExtensionPolicy.getByID(${JSON.stringify(ff.geckoId)}).privateBrowsingAllowed;`);
    // The extension page the test talks through stays in a normal window (opened before any private one).
    await extension();

    // Firefox difference: an add-on runs in private windows only when the reader allows it ("Run in
    // Private Windows" in about:addons); a temporary add-on is not allowed by default. Parallax then
    // does not run there at all: no content script, no highlight, nothing stored.
    expect(await allowedInPrivate()).toBe(false);
    const priv = await openPrivateWindow();
    await rawNavigate(priv, urlOf(B.at));
    expect(await privateWindows()).toEqual([urlOf(B.at)]);
    await sleep(2_000);
    expect(await countOf(priv, MARKS)).toBe(0);
    expect(await countOf(priv, 'parallax-marker')).toBe(0);
    await expect(firefoxTabIdOf(await extension(), urlOf(B.at))).rejects.toThrow(/No tab found/);
    expect(await remembered()).toBe(1);
    await closePrivateWindows();

    // Not driven here: the add-on allowed in private windows (about:addons' "Run in Private Windows").
    // With that permission, navigating a private tab over BiDi hung until the test's timeout in about
    // one run in three on this machine (Firefox ESR 153, puppeteer-core 25), failing CI at random. The
    // background's own refusal of a private reading is checked below, and tests/e2e/corpus.test.ts
    // checks the content script's private-window path in Chromium.

    // The same page in a normal window (the private one closed above: BiDi opens a new tab as private
    // when the last focused window is private) is read and remembered.
    const normal = await open(B.at);
    expect(await incognitoOf(normal)).toBe(false);
    await expect.poll(() => highlightedTexts(normal), { timeout: 10_000 }).toEqual(texts);
    await expect.poll(remembered, { timeout: 10_000 }).toBe(2);
    // The background's refusal itself, as corpus.test.ts sends it: a reading flagged private is not kept.
    const url = urlOf('private/northern-ledger.html');
    expect(await ask({ type: 'remember', url, text: articleOfB, reading: { outlet: B.site, notArticle: null, incognito: true } })).toEqual({ ok: false, error: expect.stringMatching(/private/i) });
    expect(await remembered()).toBe(2);
  }, TIMEOUT);

  it('no request left 127.0.0.1, and no error from any Parallax context (background page, content scripts, popup, manager) reached the console', async () => {
    // Every request went through the recording proxy (scripts/firefox.ts), which forwards only to 127.0.0.1.
    expect(ff.requests.filter((r) => !r.startsWith(server.url))).toEqual([]);
    for (const o of [A, B]) expect(ff.requests).toContain(urlOf(o.at));
    await collectConsole();
    const all = [...consoleSeen.values()];
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((m) => fromParallax(m) && m.level === 'error' && !firefoxTeardown(m)).map((m) => `${m.category} ${m.source}: ${m.message}`)).toEqual([]);
    // Uncaught errors and rejections of extension contexts also reach stdout as "JavaScript error: <source>":
    // none may name Parallax's origin or id. (Firefox difference: console.* calls of extension contexts
    // reach stdout only, as "console.error: <message>" with no source, among Firefox's own; Parallax's
    // code makes no console.error/warn call, so its errors are the uncaught ones checked here.)
    const stdoutErrors = () => ff.output.filter((l) => /^JavaScript error/.test(l) && (l.includes(ff.origin) || l.includes(ff.geckoId)));
    expect(stdoutErrors()).toEqual([]);
    // Both checks see an error when a Parallax context throws one: the manager page throws one here.
    const control = 'parallax e2e control error';
    await (await extension()).evaluate((m) => void setTimeout(() => { throw new Error(m); }), control);
    await expect
      .poll(async () => { await collectConsole(); return [...consoleSeen.values()].filter((m) => fromParallax(m) && m.level === 'error' && m.message.includes(control)).length; }, { timeout: 5_000 })
      .toBe(1);
    await expect.poll(() => stdoutErrors().filter((l) => l.includes(control)).length, { timeout: 5_000 }).toBe(1);
  });
});
