// @vitest-environment node
/**
 * Issue 22 in a real browser: the reader's own corpus. The built extension (.output/chrome-mv3) in
 * headless Debian Chromium, on two outlets' articles about a story that is not in seeds/ (a city flood,
 * tests/reader-corpus/flood), served from 127.0.0.1 as news pages (og:site_name, published time,
 * <article>). With remembering on, outlet A's article is remembered and outlet B's then highlights the
 * facts A also reported; removed in the manager, A's links are gone; export, clear and import bring
 * them back, and importing twice adds nothing twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/messages';
import { extensionWorker, launchWithExtension, tabIdOf, tabPageState, type ExtensionBrowser } from '../../scripts/browser';
import { serve } from '../../scripts/serve';
import { A, B, FLOOD, newsPage, type Outlet } from './flood-pages';

const EXT_DIR = path.resolve('.output/chrome-mv3');
const SHOTS = path.resolve('out/e2e');
const TIMEOUT = 120_000;
const MARKS = 'mark[data-parallax-annotation]';

let browser: ExtensionBrowser;
let server: { url: string; close(): Promise<void> };
let dir: string;
/** The browser profile, kept across a restart of the browser. */
let profile: string;

const urlOf = (p: string): string => new URL(p, server.url).href;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-corpus-pages-'));
  for (const o of [A, B]) {
    fs.mkdirSync(path.dirname(path.join(dir, o.at)), { recursive: true });
    fs.writeFileSync(path.join(dir, o.at), newsPage(o));
  }
  // A home page and a search-results page carrying the same article: never remembered.
  fs.writeFileSync(path.join(dir, 'index.html'), newsPage(A));
  fs.mkdirSync(path.join(dir, 'search'));
  fs.writeFileSync(path.join(dir, 'search', 'index.html'), newsPage(B));
  server = await serve(dir);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-corpus-profile-'));
  browser = await launchWithExtension(EXT_DIR, { userDataDir: profile });
  fs.mkdirSync(SHOTS, { recursive: true });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** An extension page to talk to the background from, as the popup and the manager do. */
let extPage: Page | undefined;
async function ask(message: object): Promise<unknown> {
  extPage ??= await browser.context.newPage();
  if (!extPage.url().startsWith('chrome-extension://')) await extPage.goto(`chrome-extension://${browser.extensionId}/manager.html`);
  return extPage.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
}
/** An annotate request as a content script makes it: every slice of the reply fetched (the page is stored and remembered after the last). */
async function annotateAll(message: object): Promise<{ ok: boolean }> {
  let reply = (await ask(message)) as { ok: boolean; next?: string };
  while (reply.ok && reply.next) reply = (await ask({ type: 'annotate-more', token: reply.next })) as { ok: boolean; next?: string };
  return reply;
}
const remembered = async (): Promise<number> => ((await ask({ type: 'corpus-status' })) as { count?: number }).count ?? -1;

async function pageState(page: Page): Promise<PageState | null> {
  const sw = await extensionWorker(browser.context, browser.extensionId);
  return tabPageState(sw, await tabIdOf(sw, page.url(), page));
}

/** Opens a page and waits until Parallax has read and matched it (annotated, with or without highlights). */
async function open(pathname: string, page?: Page): Promise<Page> {
  const p = page ?? (await browser.context.newPage());
  await p.setViewportSize({ width: 1280, height: 900 });
  await p.goto(urlOf(pathname));
  await expect.poll(async () => (await pageState(p))?.state, { timeout: 20_000 }).toBe('annotated');
  return p;
}

async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate((sel) => {
    const byId = new Map<string, string>();
    for (const m of Array.from(document.querySelectorAll(sel))) {
      const id = m.getAttribute('data-parallax-annotation') ?? '';
      byId.set(id, (byId.get(id) ?? '') + (m.textContent ?? ''));
    }
    return [...byId.values()];
  }, MARKS);
}

async function openPopup(tabOf: Page): Promise<Page> {
  const sw = await extensionWorker(browser.context, browser.extensionId);
  const tabId = await tabIdOf(sw, tabOf.url(), tabOf);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function openManager(): Promise<Page> {
  const m = await browser.context.newPage();
  await m.setViewportSize({ width: 1100, height: 700 });
  await m.goto(`chrome-extension://${browser.extensionId}/manager.html`);
  await m.locator('.summary span').waitFor({ timeout: 10_000 });
  return m;
}

describe('the reader’s own corpus in Chromium', () => {
  it('asks once, remembers A, and B then highlights the facts A also reported; removed in the manager, they are gone', async () => {
    // Before the reader agrees, nothing is remembered; the popup asks once, the reader says yes (on the
    // outlet's home page, which is read again then, and still not remembered).
    const early = await open('');
    expect(await remembered()).toBe(0);
    const popup = await openPopup(early);
    const prompt = popup.getByRole('group', { name: 'Remember articles' });
    await prompt.waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: path.join(SHOTS, 'corpus-popup-prompt.png') });
    await prompt.getByRole('button', { name: 'Remember articles I read' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await expect(popup.getByLabel('Remember articles I read').isChecked()).resolves.toBe(true);
    await expect(popup.locator('.corpus .privacy').innerText()).resolves.toMatch(/kept only in this browser.*never sent anywhere.*remove them/);
    await popup.close();
    await early.close();

    // A home page and a search-results page are read but not remembered.
    for (const p of ['', 'search/?q=marston+flood']) {
      const page = await open(p);
      expect(await highlightedTexts(page)).toEqual([]);
      await page.waitForTimeout(500);
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
    await b.waitForSelector(MARKS, { timeout: 10_000 });
    const texts = (await highlightedTexts(b)).map((t) => t.replace(/\s+/g, ' '));
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts).toContainEqual(expect.stringContaining('about 1,500 residents were evacuated'));
    expect(texts).toContainEqual(expect.stringContaining('Mayor Elena Ruiz declared a state of emergency'));
    const evac = b.locator(`${MARKS}[data-parallax-status="disputed"]`, { hasText: '1,500 residents' }).first();
    await evac.hover();
    const note = b.locator('parallax-note [data-parallax-note]');
    await note.waitFor({ timeout: 5_000 });
    await expect(note.innerText()).resolves.toMatch(/The Valley Courier[\s\S]*About 1,200 residents/);
    await b.screenshot({ path: path.join(SHOTS, 'corpus-page-b.png') });
    const state = await pageState(b);
    if (state?.state !== 'annotated') throw new Error(`B: ${state?.state}`);
    expect(new Set(state.page.annotations.flatMap((x) => x.links.map((l) => l.outlet)))).toEqual(new Set(['The Valley Courier']));
    // B itself is now remembered too, and never linked to itself.
    await expect.poll(remembered, { timeout: 10_000 }).toBe(2);

    // Chrome stops an idle service worker: the woken one matches B against the saved corpus index, B unchanged.
    // (Stopped as chrome://serviceworker-internals does it: CDP's ServiceWorker.stopAllWorkers does not reach an extension's worker.)
    const internals = await browser.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    await internals.getByRole('button', { name: 'Stop' }).first().click();
    await expect.poll(async () => (await internals.locator('body').innerText()).match(/Running Status: (\w+)/)?.[1], { timeout: 5_000 }).toBe('STOPPED');
    await b.reload();
    await b.waitForSelector(MARKS, { timeout: 20_000 });
    expect((await highlightedTexts(b)).map((t) => t.replace(/\s+/g, ' '))).toEqual(texts);
    await internals.reload();
    expect((await internals.locator('body').innerText()).match(/Running Status: (\w+)/)?.[1]).toBe('RUNNING');
    await internals.close();

    // The popup on B: the facts from A, the corpus line, the privacy line.
    const pop = await openPopup(b);
    await pop.locator('[data-annotation-id]').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => pop.locator('.corpus-count').innerText()).toBe('2 remembered articles, this page among them.');
    await expect(pop.getByRole('button', { name: 'Remove this page' }).count()).resolves.toBe(1);
    await pop.screenshot({ path: path.join(SHOTS, 'corpus-popup.png'), fullPage: true });
    await pop.close();

    // The manager lists both, searches, and removes A.
    const manager = await openManager();
    await expect(manager.locator('tr[data-article-id]').count()).resolves.toBe(2);
    await expect(manager.locator('.summary span').innerText()).resolves.toMatch(/^2 articles, [\d.]+ KB of text; Parallax's storage in this browser: [\d.]+ [KM]?B\.$/);
    await manager.screenshot({ path: path.join(SHOTS, 'corpus-manager.png'), fullPage: true });
    await manager.getByRole('searchbox').fill('courier 2026-03-10');
    await expect.poll(() => manager.locator('tr[data-article-id]').count()).toBe(1);
    const rowA = manager.locator('tr[data-article-id]').first();
    await expect(rowA.innerText()).resolves.toMatch(/2026-03-10\s+The Valley Courier\s+Harlow River floods downtown Marston/);
    await rowA.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => manager.locator('[role="status"]').innerText()).toMatch(/^Removed "Harlow River floods downtown Marston as levee gives way" \(1 article\)\.$/);
    expect(await remembered()).toBe(1);

    // Reload B: A's highlights are gone.
    await b.reload();
    await expect.poll(async () => (await pageState(b))?.state, { timeout: 20_000 }).toBe('annotated');
    expect(await b.locator(MARKS).count()).toBe(0);

    // "Add this page" works whatever the setting: remembering off, A added from its popup, B has its highlights back.
    await ask({ type: 'corpus-status' });
    const settingsPopup = await openPopup(b);
    await settingsPopup.getByLabel('Remember articles I read').uncheck();
    await settingsPopup.close();
    const a2 = await open(A.at);
    await a2.waitForTimeout(500);
    expect(await remembered()).toBe(1);
    const addPopup = await openPopup(a2);
    await addPopup.getByRole('button', { name: 'Add this page' }).click();
    await expect.poll(() => addPopup.locator('.corpus [role="status"]').innerText()).toBe('Remembered this page.');
    await expect.poll(() => addPopup.locator('.corpus-count').innerText()).toBe('2 remembered articles, this page among them.');
    await addPopup.close();
    await a2.close();
    await b.reload();
    await b.waitForSelector(MARKS, { timeout: 20_000 });
    expect((await highlightedTexts(b)).length).toBe(texts.length);

    // Export, clear, import: the same highlights come back; importing twice adds nothing twice; a bad file changes nothing.
    await manager.reload();
    await manager.locator('tr[data-article-id]').first().waitFor();
    const [download] = await Promise.all([manager.waitForEvent('download'), manager.getByRole('button', { name: 'Export corpus' }).click()]);
    const exported = path.join(SHOTS, download.suggestedFilename());
    await download.saveAs(exported);
    expect(JSON.parse(fs.readFileSync(exported, 'utf8'))).toMatchObject({ format: 'parallax-corpus', version: 1, articles: [{ outlet: 'Northern Ledger' }, { outlet: 'The Valley Courier' }] });
    await manager.getByRole('button', { name: 'Remove all' }).click();
    await manager.getByRole('button', { name: 'Confirm: remove all 2' }).click();
    await expect.poll(() => manager.locator('[role="status"]').innerText()).toBe('Removed all 2 remembered articles.');
    await b.reload();
    await expect.poll(async () => (await pageState(b))?.state, { timeout: 20_000 }).toBe('annotated');
    expect(await b.locator(MARKS).count()).toBe(0);
    const input = manager.locator('input[type="file"]');
    await input.setInputFiles(exported);
    await expect.poll(() => manager.locator('[role="status"]').innerText()).toBe(`Imported ${path.basename(exported)}: 2 added.`);
    await input.setInputFiles(exported);
    await expect.poll(() => manager.locator('[role="status"]').innerText()).toBe(`Imported ${path.basename(exported)}: 0 added, 2 already remembered.`);
    const bad = path.join(SHOTS, 'corpus-bad.json');
    const data = JSON.parse(fs.readFileSync(exported, 'utf8')) as { articles: { date?: string }[] };
    (data.articles[1] as { date?: string }).date = 'March 10';
    fs.writeFileSync(bad, JSON.stringify(data));
    await input.setInputFiles(bad);
    await expect.poll(() => manager.locator('[role="alert"]').innerText()).toBe('corpus-bad.json: articles[1] ("Harlow River floods downtown Marston as levee gives way"): date: expected YYYY-MM-DD');
    expect(await remembered()).toBe(2);
    await b.reload();
    await b.waitForSelector(MARKS, { timeout: 20_000 });
    expect((await highlightedTexts(b)).length).toBe(texts.length);
    await manager.screenshot({ path: path.join(SHOTS, 'corpus-manager-import.png'), fullPage: true });
    await manager.close();

    // "Remove this page" in B's popup.
    const removePopup = await openPopup(b);
    await removePopup.getByRole('button', { name: 'Remove this page' }).click();
    await expect.poll(() => removePopup.locator('.corpus [role="status"]').innerText()).toBe('Removed this page from the remembered articles.');
    await expect.poll(() => removePopup.locator('.corpus-count').innerText()).toBe('1 remembered article.');
    await removePopup.close();
    await b.close();
  }, TIMEOUT);

  /** Parallax's settings as stored, changed by `change` (what the popup's switches write). */
  async function setSettings(change: (s: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    const stored = (await askStorage()) as Record<string, unknown>;
    await ask({ type: 'corpus-status' });
    await extPage!.evaluate(
      (v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ 'parallax.settings': v }),
      change(stored),
    );
  }
  async function askStorage(): Promise<unknown> {
    await ask({ type: 'corpus-status' });
    return extPage!.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('parallax.settings'))['parallax.settings'] ?? {}));
  }
  const articleOf = (o: Outlet) => fs.readFileSync(path.join(FLOOD, o.file), 'utf8').trim();

  it('an excluded site stores nothing; a private window stores nothing', async () => {
    const before = await remembered();
    // Remembering on, but Parallax off for the site (127.0.0.1): B's page is neither read nor kept.
    await setSettings((s) => ({ ...s, remember: true, rememberAsked: true, disabledSites: ['127.0.0.1'] }));
    const b = await browser.context.newPage();
    await b.goto(urlOf(B.at));
    await expect.poll(async () => (await pageState(b))?.state, { timeout: 20_000 }).toBe('disabled');
    await b.waitForTimeout(1_000);
    expect(await b.locator(MARKS).count()).toBe(0);
    expect(await remembered()).toBe(before);
    await b.close();
    await setSettings((s) => ({ ...s, disabledSites: [] }));

    // A private window: Playwright's persistent context (the only kind that loads an extension) cannot
    // open an incognito window, and an unpacked extension is not allowed in incognito unless the reader
    // allows it in chrome://extensions, which headless Chromium cannot do. So the background's refusal
    // is tested directly: a page read in a private window (reading.incognito, set by the content script
    // from the tab) is annotated but not remembered, and "Add this page" there is refused.
    const reading = { outlet: B.site, notArticle: null, incognito: true };
    const url = urlOf('private/northern-ledger.html');
    const reply = await annotateAll({ type: 'annotate', url, title: 'Marston counts its losses', date: '2026-03-12', text: articleOf(B), reading });
    expect(reply.ok).toBe(true);
    await extPage!.waitForTimeout(1_000);
    expect(await remembered()).toBe(before);
    expect(await ask({ type: 'remember', url, text: articleOf(B), reading })).toEqual({ ok: false, error: expect.stringMatching(/private/i) });
    expect(await remembered()).toBe(before);
    // The same message from a normal window is remembered: the refusal above is the private window's.
    await annotateAll({ type: 'annotate', url, title: 'Marston counts its losses', date: '2026-03-12', text: articleOf(B), reading: { ...reading, incognito: false } });
    await expect.poll(remembered, { timeout: 10_000 }).toBe(before + 1);
    await ask({ type: 'forget', url });
    expect(await remembered()).toBe(before);
  }, TIMEOUT);

  it('after a restart on the same profile B still has A’s highlights; the popup shows the story, dated', async () => {
    // Remember A and B again (the first test removed B).
    await setSettings((s) => ({ ...s, remember: true, rememberAsked: true, disabledSites: [] }));
    for (const o of [A, B]) await (await open(o.at)).close();
    await expect.poll(remembered, { timeout: 10_000 }).toBe(2);
    const b = await open(B.at);
    await b.waitForSelector(MARKS, { timeout: 20_000 });
    const texts = await highlightedTexts(b);
    expect(texts.length).toBeGreaterThanOrEqual(5);

    await browser.close();
    extPage = undefined;
    browser = await launchWithExtension(EXT_DIR, { userDataDir: profile });
    expect(await remembered()).toBe(2);
    const b2 = await open(B.at);
    await b2.waitForSelector(MARKS, { timeout: 20_000 });
    expect(await highlightedTexts(b2)).toEqual(texts);

    // The note names A with its date, links to its article, and tells a figure two days apart as a change.
    await b2.locator(`${MARKS}[data-parallax-status="disputed"]`, { hasText: '1,500 residents' }).first().hover();
    const note = b2.locator('parallax-note [data-parallax-note]');
    await note.waitFor({ timeout: 5_000 });
    await expect(note.locator('.name a', { hasText: 'The Valley Courier' }).getAttribute('href')).resolves.toBe(urlOf(A.at));
    await expect(note.locator('time').first().innerText()).resolves.toBe('Mar 10, 2026');
    await expect(note.innerText()).resolves.toMatch(/Number changed between reports — here \(Mar 12\): [^;\n]*1,500[^;\n]*; The Valley Courier \(Mar 10\): [^\n]*1,200[^\n]* — reported 2 days apart/);
    await b2.screenshot({ path: path.join(SHOTS, 'corpus-note-dated.png') });

    // The popup's story: both outlets, dated, earliest first, B marked as this page.
    const pop = await openPopup(b2);
    const story = pop.locator('section.story');
    await story.waitFor({ timeout: 10_000 });
    await expect(story.locator('.story-title').innerText()).resolves.toBe('This story: 2 outlets, 2 reports');
    await expect(story.locator('.story-outlet-name').allInnerTexts()).resolves.toEqual(['The Valley Courier', 'Northern Ledger']);
    await expect(story.locator('time').allInnerTexts()).resolves.toEqual(['Mar 10, 2026', 'Mar 12, 2026']);
    await expect(story.locator('.story-report.self').innerText()).resolves.toContain('(this page)');
    await pop.locator('[data-annotation-id]').first().waitFor({ timeout: 10_000 });
    await pop.screenshot({ path: path.join(SHOTS, 'corpus-popup-story.png'), fullPage: true });
    await pop.close();
    const manager = await openManager();
    await manager.screenshot({ path: path.join(SHOTS, 'corpus-manager-after-restart.png'), fullPage: true });
    await manager.close();
    await b2.close();
  }, TIMEOUT);
});
