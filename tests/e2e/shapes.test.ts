// @vitest-environment node
/**
 * Issue 23 in a real browser: Parallax on pages shaped like real sites (scripts/bench/shapes.ts: a blog
 * with a comment thread, a documentation page with code blocks and a sidebar, a wiki article with
 * tables and references, a news page with heavy markup, ads and embeds, long reads just under and just
 * over the in-page threshold), served from 127.0.0.1, with the built extension (PARALLAX_EXT, default
 * .output/chrome-mv3: `npm run build` first) in headless Chromium.
 *
 * Only the news page carries the seed story; the others are about other things and must get no
 * highlight at all. On every page: no highlight in furniture (comments, sidebars, code, ads, embeds),
 * none outside the article, no console error, no request leaving 127.0.0.1, and the page's text the
 * same as its HTML's except for the marks (which wrap text and add none).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { waitForAnnotated } from '../../scripts/bench/browser-bench';
import { FORMER_IN_PAGE_LIMIT, writeShapePages, type ShapePage } from '../../scripts/bench/shapes';
import { serve } from '../../scripts/serve';

const EXT_DIR = path.resolve(process.env.PARALLAX_EXT ?? '.output/chrome-mv3');
const TIMEOUT = 90_000;
const MARKS = 'mark[data-parallax-annotation]';

let browser: ExtensionBrowser;
let server: { url: string; close(): Promise<void> };
let pagesDir: string;
let shapes: ShapePage[];
/** Every request made in the browser (pages, popup, service worker), from launch on. */
const requests: string[] = [];
/** console.error and uncaught errors, from pages and the service worker. */
const errors: string[] = [];
const open: Page[] = [];

beforeAll(async () => {
  pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-shapes-'));
  shapes = writeShapePages(pagesDir);
  server = await serve(pagesDir);
  browser = await launchWithExtension(EXT_DIR);
  browser.context.on('request', (r) => requests.push(r.url()));
  browser.context.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  browser.serviceWorker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
}, TIMEOUT);

afterEach(async () => {
  for (const p of open.splice(0)) await p.close().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (pagesDir) fs.rmSync(pagesDir, { recursive: true, force: true });
});

/** Where a request went, when it is not 127.0.0.1 or the browser's own (extension, srcdoc, data). */
function outside(url: string): boolean {
  const u = new URL(url);
  if (['chrome-extension:', 'about:', 'data:', 'blob:'].includes(u.protocol)) return false;
  return u.hostname !== '127.0.0.1';
}

describe('real-world page shapes (Chromium)', () => {
  it('builds every shape at its size', () => {
    expect(shapes.map((s) => s.name)).toEqual(['blog', 'docs', 'wiki', 'news', 'under', 'over']);
    const by = new Map(shapes.map((s) => [s.name, s]));
    expect(by.get('under')?.chars).toBeLessThanOrEqual(FORMER_IN_PAGE_LIMIT);
    expect(by.get('over')?.chars).toBeGreaterThan(FORMER_IN_PAGE_LIMIT);
    for (const s of shapes) expect(s.html, s.name).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!127\.0\.0\.1)/);
  });

  for (const name of ['blog', 'docs', 'wiki', 'news', 'under', 'over']) {
    it(
      `${name}: no false highlight, no error, no request out, text unchanged but for the marks`,
      async () => {
        const shape = shapes.find((s) => s.name === name) as ShapePage;
        const url = new URL(shape.file, server.url).href;
        const errorsBefore = errors.length;
        const page = await browser.context.newPage();
        open.push(page);
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(url, { waitUntil: 'load' });
        const state = await waitForAnnotated(browser, url, page);
        expect(state.state, state.error).toBe('annotated');
        // Every page is read in the background and found in the page (lib/extract/read-article.ts).
        expect(state.timings?.readElsewhere ?? false, `${shape.chars} characters`).toBe(true);

        const marks = await page.evaluate(
          ({ sel, article, furniture }) =>
            Array.from(document.querySelectorAll(sel)).map((m) => ({
              text: m.textContent ?? '',
              inArticle: m.closest(article) !== null,
              inFurniture: m.closest(furniture) !== null,
            })),
          { sel: MARKS, article: shape.article, furniture: shape.furniture },
        );
        expect(marks.filter((m) => m.inFurniture).map((m) => m.text), 'highlights in furniture').toEqual([]);
        expect(marks.filter((m) => !m.inArticle).map((m) => m.text), 'highlights outside the article').toEqual([]);
        if (shape.seedStory) expect(marks.length, 'the seed story is highlighted').toBeGreaterThan(0);
        else expect(marks.map((m) => m.text), 'a page about something else gets no highlight').toEqual([]);
        if (!shape.seedStory) expect(state.highlighted ?? 0).toBe(0);

        // The page's text is its HTML's, parsed without running anything: marks wrap text and add none.
        const same = await page.evaluate(async (file) => {
          const html = await (await fetch(file)).text();
          const parsed = new DOMParser().parseFromString(html, 'text/html');
          return { live: document.body.textContent ?? '', original: parsed.body.textContent ?? '' };
        }, url);
        expect(same.live === same.original, 'page text changed').toBe(true);

        expect(errors.slice(errorsBefore), 'console errors').toEqual([]);
      },
      TIMEOUT,
    );
  }

  it('made no request outside 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(outside)).toEqual([]);
  });
});
