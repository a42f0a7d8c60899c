/**
 * Parallax in a real browser: the built extension (.output/chrome-mv3, built by `npm test` before
 * vitest runs) loaded into headless Debian Chromium, on seed articles served from 127.0.0.1 with the
 * furniture real news sites have around an article.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { W3CAnnotationPageSchema, type W3CAnnotationPage } from '../../lib/export/w3c';
import type { PageState } from '../../lib/messages';
import { MESSAGE_LINKS } from '../../lib/reply-slices';
import { launchWithExtension, tabIdOf, tabPageState, type ExtensionBrowser } from '../../scripts/browser';
import { FURNITURE_SELECTOR, writeSeedPages, type SeedPage } from '../../scripts/pages';
import { serve } from '../../scripts/serve';
import { benchPages, writeBenchPages } from '../../scripts/bench/pages';

const EXT_DIR = path.resolve('.output/chrome-mv3');
const SHOTS = path.resolve('out/e2e');
const TIMEOUT = 60_000;

let browser: ExtensionBrowser;
let server: { url: string; close(): Promise<void> };
let pagesDir: string;
let pages: SeedPage[];

beforeAll(async () => {
  pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-pages-'));
  pages = writeSeedPages(pagesDir);
  server = await serve(pagesDir);
  browser = await launchWithExtension(EXT_DIR);
  fs.mkdirSync(SHOTS, { recursive: true });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (pagesDir) fs.rmSync(pagesDir, { recursive: true, force: true });
});

const urlOf = (p: SeedPage): string => new URL(p.file, server.url).href;
const seed = (prefix: string): SeedPage => {
  const p = pages.find((x) => x.name.startsWith(prefix));
  if (!p) throw new Error(`no seed page ${prefix}`);
  return p;
};

async function open(p: SeedPage): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(urlOf(p));
  await page.waitForSelector('mark[data-parallax-annotation]', { timeout: 20_000 });
  return page;
}

/** The sentences highlighted in the page: id → text (a sentence may be a run of marks). */
async function highlighted(page: Page): Promise<Map<string, { text: string; status: string }>> {
  const list = await page.evaluate(() =>
    Array.from(document.querySelectorAll('mark[data-parallax-annotation]')).map((m) => ({
      id: m.getAttribute('data-parallax-annotation') ?? '',
      status: m.getAttribute('data-parallax-status') ?? '',
      text: m.textContent ?? '',
    })),
  );
  const out = new Map<string, { text: string; status: string }>();
  for (const m of list) {
    const prev = out.get(m.id);
    out.set(m.id, { text: (prev?.text ?? '') + m.text, status: m.status });
  }
  return out;
}

/** The CLI's W3C export for the same page file and URL. */
function cliExport(p: SeedPage, created: string): W3CAnnotationPage {
  const out = execFileSync('npx', ['tsx', 'scripts/annotate.ts', path.join(pagesDir, p.file), '--format', 'json', '--url', urlOf(p), '--created', created], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // A 20,000-word page's export is a few megabytes (the default buffer is one).
    maxBuffer: 64 * 1024 * 1024,
  });
  return W3CAnnotationPageSchema.parse(JSON.parse(out));
}

async function pageState(page: Page): Promise<PageState> {
  const state = await tabPageState(browser.serviceWorker, await tabIdOf(browser.serviceWorker, page.url(), page));
  if (!state) throw new Error(`${page.url()}: the content script's page-state is not a PageState`);
  return state;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('reading a seed article in Chromium', () => {
  it('highlights exactly the sentences the CLI annotates for the same page, and nothing in the furniture', async () => {
    const p = seed('000');
    const page = await open(p);
    const marks = await highlighted(page);
    const cli = cliExport(p, '2026-01-01T00:00:00.000Z');
    expect(cli.items.length).toBeGreaterThan(5);
    // Every CLI annotation is highlighted with the same id, status and words, and nothing else is.
    expect([...marks.keys()].sort()).toEqual(cli.items.map((i) => i.id.replace(/^urn:uuid:/, 'urn:uuid:')).sort());
    for (const item of cli.items) {
      const m = marks.get(item.id);
      expect(squash(m?.text ?? ''), item.target.selector[0].exact).toBe(squash(item.target.selector[0].exact));
      expect(m?.status).toBe(item.status);
    }
    const inFurniture = await page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).filter((el) => el.querySelector('mark[data-parallax-annotation], parallax-marker')).map((el) => el.tagName), FURNITURE_SELECTOR);
    expect(inFurniture).toEqual([]);
    // Furniture really does mention the story, so this is not vacuous.
    const furnitureText = await page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((el) => el.textContent).join(' '), FURNITURE_SELECTOR);
    expect(furnitureText).toMatch(/Bagram/);
    await page.close();
  }, TIMEOUT);

  it('reads a long page (20,000 words) in the background, gets its annotations in slices, and highlights exactly what the CLI annotates', async () => {
    const [long] = benchPages([20_000]);
    writeBenchPages(pagesDir, [long!]);
    const p: SeedPage = { name: 'bench-020000', file: long!.file, html: '', sourceId: '' };
    const page = await open(p);
    // Highlights go in a batch at a time: wait for the last one.
    await expect.poll(async () => { const s = await pageState(page); return s.state === 'annotated' && s.highlighted === s.page.annotations.length; }, { timeout: 30_000 }).toBe(true);
    const state = await pageState(page);
    if (state.state !== 'annotated') throw new Error(state.state);
    expect(state.timings?.readElsewhere).toBe(true);
    const marks = await highlighted(page);
    const cli = cliExport(p, '2026-01-01T00:00:00.000Z');
    expect(cli.items.length).toBeGreaterThan(50);
    // More links and sentences than one message carries: the reply and the page state came in slices.
    expect(cli.items.reduce((n, i) => n + i.body.length, 0)).toBeGreaterThan(MESSAGE_LINKS);
    expect(state.page.annotations.map((a) => a.id).sort()).toEqual(cli.items.map((i) => i.id).sort());
    expect([...marks.keys()].sort()).toEqual(cli.items.map((i) => i.id).sort());
    for (const item of cli.items) {
      const m = marks.get(item.id);
      expect(squash(m?.text ?? ''), item.target.selector[0].exact).toBe(squash(item.target.selector[0].exact));
      expect(m?.status).toBe(item.status);
    }
    await page.close();
  }, TIMEOUT);

  it('hovering "more than 70 others" shows The Hill’s "more than 75" as a number difference (both can be true), beside the sentence', async () => {
    const page = await open(seed('000'));
    // Hostile page CSS: it must not reach into the note.
    await page.addStyleTag({ content: '* { font-family: serif !important; color: rgb(255, 0, 0) !important; } div, li { display: inline !important; }' });
    // "more than 70" and "more than 75" can both be true: a detail, so the sentence is corroborated, not disputed.
    const mark = page.locator('mark[data-parallax-status="corroborated"]', { hasText: 'more than 70' }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const note = page.locator('parallax-note [data-parallax-note]');
    await note.waitFor({ timeout: 5_000 });
    const text = await note.innerText();
    expect(text).toMatch(/other outlets report this/);
    expect(text).toContain('The Hill');
    expect(text).toContain('more than 75');
    // The two reports are a day apart, so the note dates each side (lib/annotate/report-dates.ts).
    expect(text).toMatch(/Number (?:differs|changed between reports) — here(?: \([^)]*\))?: more than 70 others; The Hill \(reworded copy\)(?: \([^)]*\))?: more than 75 others/);
    expect(text).not.toMatch(/Number conflicts/);
    // The Hill's own wording, with the differing value emphasised.
    await expect(note.locator('mark', { hasText: 'more than 75' }).count()).resolves.toBeGreaterThan(0);
    // The note never covers its sentence and stays inside the viewport.
    const noteBox = await note.boundingBox();
    const rects = await page.evaluate((id) => Array.from(document.querySelectorAll(`mark[data-parallax-annotation="${id}"]`)).flatMap((m) => Array.from(m.getClientRects()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))), await mark.getAttribute('data-parallax-annotation'));
    expect(noteBox).not.toBeNull();
    if (!noteBox) return;
    for (const r of rects) {
      const overlap = noteBox.x < r.x + r.width && r.x < noteBox.x + noteBox.width && noteBox.y < r.y + r.height && r.y < noteBox.y + noteBox.height;
      expect(overlap).toBe(false);
    }
    expect(noteBox.x).toBeGreaterThanOrEqual(0);
    expect(noteBox.y).toBeGreaterThanOrEqual(0);
    expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(1280);
    expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(900);
    // Page CSS does not reach into the note.
    const style = await note.evaluate((el) => ({ font: getComputedStyle(el).fontFamily, color: getComputedStyle(el).color, display: getComputedStyle(el).display }));
    expect(style.font).toMatch(/system-ui/);
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.display).toBe('block');
    await page.screenshot({ path: path.join(SHOTS, 'note.png') });
    await page.mouse.move(5, 5);
    await expect.poll(() => note.count(), { timeout: 3_000 }).toBe(0);
    await page.close();
  }, TIMEOUT);

  it('markers are reachable with Tab: focus opens the note, Enter pins it, Escape closes it', async () => {
    const page = await open(seed('000'));
    const markers = page.locator('parallax-marker');
    const n = await markers.count();
    expect(n).toBe((await highlighted(page)).size);
    // The marker holds no text of its own: the page's text is unchanged.
    expect(await markers.first().evaluate((m) => m.textContent)).toBe('');
    const button = markers.first().locator('button');
    // Styled by the marker's sheet (adopted, or a <style> where adopting is refused): blue or amber, never the page's default.
    expect(['rgb(37, 99, 235)', 'rgb(180, 83, 9)']).toContain(await button.evaluate((b) => getComputedStyle(b).backgroundColor));
    await button.focus();
    const note = page.locator('parallax-note [data-parallax-note]');
    await note.waitFor({ timeout: 3_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    await expect(note.getByRole('button', { name: 'Close note' }).count()).resolves.toBe(1);
    // A pinned note survives the pointer moving away.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    expect(await note.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => note.count()).toBe(0);
    await page.close();
  }, TIMEOUT);

  it('answers the popup with the page’s annotations, and sets the badge in the warning colour', async () => {
    // The Hill's copy has disputed sentences (who decided in March; the document's quotation).
    const page = await open(seed('002'));
    const state = await pageState(page);
    expect(state.state).toBe('annotated');
    if (state.state !== 'annotated') return;
    expect(state.page.recognizedAs).toBe(seed('002').sourceId);
    expect(state.highlighted).toBe(state.page.annotations.length);
    const tabId = await tabIdOf(browser.serviceWorker, page.url(), page);
    const readBadge = () => browser.serviceWorker.evaluate(async ({ id }) => {
      const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> } } }).chrome.action;
      return { text: await action.getBadgeText({ tabId: id }), color: await action.getBadgeBackgroundColor({ tabId: id }) };
    }, { id: tabId });
    // The background sets the badge just after it replies with the annotations.
    await expect.poll(async () => (await readBadge()).text, { timeout: 5_000 }).toBe(String(state.page.annotations.length));
    const badge = await readBadge();
    // #b45309, the warning colour: the page has disputed sentences.
    expect(badge.color.slice(0, 3)).toEqual([0xb4, 0x53, 0x09]);
    await page.close();
  }, TIMEOUT);
});

describe('pages that change', () => {
  it('annotates a paragraph added later (infinite scroll) and a page reached through history.pushState', async () => {
    const page = await open(seed('001'));
    const before = (await highlighted(page)).size;
    // A paragraph added after the page loaded, at the end of the article, as "load more" or a live
    // update would add it. It names who acted (Iran), as a sentence read on its own must.
    const added = 'Iran paid bounties to the Haqqani network for the attack on Bagram Air Base in December 2019, which killed two civilians and injured more than 75 others.';
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      const paragraphs = document.querySelectorAll('article p');
      paragraphs[paragraphs.length - 1]?.after(p);
    }, added);
    await expect.poll(async () => [...(await highlighted(page)).values()].some((m) => squash(m.text) === added), { timeout: 10_000 }).toBe(true);
    // The page is read again whole. A link near the link model's threshold may change with the page's
    // length (lib/match/link-model.ts reads each sentence's place in its article): the other
    // highlights are kept, give or take one such link, not asserted sentence by sentence.
    expect((await highlighted(page)).size).toBeGreaterThanOrEqual(before);

    // Single-page navigation: the article is replaced by another outlet's, and the URL changes.
    const other = fs.readFileSync(path.join(pagesDir, seed('002').file), 'utf8');
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const next = doc.querySelector('article');
      const current = document.querySelector('article');
      if (next && current) current.replaceWith(document.importNode(next, true));
      history.pushState({}, '', '/spa/next-story');
    }, other);
    await expect.poll(async () => (await pageState(page)).state === 'annotated' && new URL(page.url()).pathname === '/spa/next-story', { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => [...(await highlighted(page)).values()].some((m) => m.text.includes('more than 75 others')), { timeout: 10_000 }).toBe(true);
    await page.close();
  }, TIMEOUT);

  it('turning highlights off restores the page’s DOM exactly; turning them on brings them back', async () => {
    const p = seed('002');
    const page = await open(p);
    const original = await page.evaluate(async (u) => {
      const html = await (await fetch(u)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, urlOf(p));
    const setHighlights = (on: boolean) =>
      browser.serviceWorker.evaluate(
        ({ on }) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'parallax.settings': { version: 1, highlights: on, disabledSites: [] } }),
        { on },
      );
    await setHighlights(false);
    await expect.poll(() => page.locator('mark[data-parallax-annotation], parallax-marker').count(), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    await setHighlights(true);
    await expect.poll(() => page.locator('mark[data-parallax-annotation]').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  }, TIMEOUT);
});

describe('the toolbar popup', () => {
  it('lists the page’s facts with conflicts first, reveals one in the page, and exports JSON identical to the CLI’s', async () => {
    // The Hill's copy gives the March decision to the Department of Defense where InsideOver says the White House: a conflict.
    const p = seed('002');
    const page = await open(p);
    const tabId = await tabIdOf(browser.serviceWorker, page.url(), page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 800, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const cards = popup.locator('[data-annotation-id]');
    await cards.first().waitFor({ timeout: 10_000 });
    const state = await pageState(page);
    if (state.state !== 'annotated') throw new Error(`page state ${state.state}`);
    expect(await cards.count()).toBe(state.page.annotations.length);
    // Conflicts first: every disputed card comes before every corroborated one.
    const statuses = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses[0]).toBe('disputed');
    expect(statuses.lastIndexOf('disputed')).toBeLessThan(statuses.indexOf('corroborated'));
    const first = cards.first();
    await expect(first.innerText()).resolves.toMatch(/Department of Defense|incentivize/);
    await expect(first.innerText()).resolves.toMatch(/Not reported by|InsideOver|Sputnik/);
    await popup.screenshot({ path: path.join(SHOTS, 'popup.png') });

    // "Show in page" scrolls the article to the highlight and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await first.getByRole('button', { name: 'Show in page' }).click();
    const id = await first.getAttribute('data-annotation-id');
    await expect
      .poll(() => page.evaluate((i) => {
        const m = document.querySelector(`mark[data-parallax-annotation="${i}"]`);
        const r = m?.getBoundingClientRect();
        return !!r && r.top >= 0 && r.bottom <= window.innerHeight && (m?.getAttribute('style') ?? '').includes('outline');
      }, id), { timeout: 5_000 })
      .toBe(true);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^iran-pays-fines-for-targeting-us-troops.*\.parallax\.json$/);
    const file = path.join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);
    const exported = W3CAnnotationPageSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const created = exported.items[0]?.created ?? '';
    expect(exported).toEqual(cliExport(p, created));

    // Import the export back (as a reader restoring annotations on another profile), then "Export all"
    // carries it, unchanged.
    await popup.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5_000 }).toMatch(/Imported 1 page/);
    const [all] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export all' }).click()]);
    const allFile = path.join(SHOTS, all.suggestedFilename());
    await all.saveAs(allFile);
    const pagesOut = W3CAnnotationPageSchema.array().parse(JSON.parse(fs.readFileSync(allFile, 'utf8')));
    const again = pagesOut.find((x) => x.parallax?.url === page.url());
    expect(again?.items.map((i) => ({ ...i, created }))).toEqual(exported.items);
    await popup.close();
    await page.close();
  }, TIMEOUT);
});
