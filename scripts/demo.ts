/**
 * `npm run demo`: builds Parallax, serves the seed pages (scripts/pages.ts) on 127.0.0.1 and opens
 * them in Debian Chromium with the extension loaded.
 *
 *   With a display (DISPLAY or WAYLAND_DISPLAY) and no --headless: a normal browser window on the
 *   index page and the first article; the script waits until you close the browser.
 *   Otherwise (headless): opens every page, waits for highlights, and writes screenshots, the hover
 *   note, the popup and its exports to out/demo/, then prints a summary.
 *
 * Options: --headless, --no-build (use the existing build), --ext <dir> (a chrome-mv3 build folder;
 * default $PARALLAX_OUT/chrome-mv3 or .output/chrome-mv3), --out <dir> (default out/), --strict (exit
 * non-zero when any step fails, not only the essential ones).
 *
 * Every wait is bounded. A step that fails is reported and the demo goes on; the exit code is 1 when
 * an essential step failed (build, pages, server, browser, page screenshots, popup).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { extensionWorker, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';
import { FURNITURE_SELECTOR, writeSeedPages, type SeedPage } from './pages';
import { serve } from './serve';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A path for the summary: relative to the project when inside it. */
const show = (p: string) => (p.startsWith(ROOT + path.sep) ? path.relative(ROOT, p) : p);

/** How long a page may take to show its first highlight. */
const HIGHLIGHT_TIMEOUT_MS = 15_000;
/** How long the hover note may take to appear. */
const NOTE_TIMEOUT_MS = 5_000;
/** Page loads (the server is local: anything slower is a hang). */
const NAVIGATION_TIMEOUT_MS = 15_000;
/** A click on an export button until its download starts. */
const DOWNLOAD_TIMEOUT_MS = 10_000;
/** After the popup loads, time for it to ask the background and the tab and render. */
const POPUP_SETTLE_MS = 1_500;
/** The whole headless run: past this the demo stops with what it has. */
const HEADLESS_WATCHDOG_MS = 5 * 60_000;

const EXPORT_BUTTONS = ['Export JSON', 'Export Markdown', 'Export CSV'] as const;

interface Options {
  headless: boolean;
  build: boolean;
  strict: boolean;
  extDir: string;
  outDir: string;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const known = new Set(['--headless', '--no-build', '--strict', '--ext', '--out']);
  for (const [i, a] of argv.entries()) {
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}`);
    if (!a.startsWith('--') && !['--ext', '--out'].includes(argv[i - 1] ?? '')) throw new Error(`unexpected argument ${a}`);
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const buildRoot = process.env.PARALLAX_OUT ? path.resolve(process.env.PARALLAX_OUT) : path.join(ROOT, '.output');
  return {
    headless: argv.includes('--headless') || !hasDisplay,
    build: !argv.includes('--no-build'),
    strict: argv.includes('--strict'),
    extDir: path.resolve(value('--ext') ?? path.join(buildRoot, 'chrome-mv3')),
    outDir: path.resolve(value('--out') ?? path.join(ROOT, 'out')),
  };
}

/** One line per step: what worked and what did not, for the summary and the exit code. */
class Report {
  readonly failures: { step: string; message: string; essential: boolean }[] = [];
  ok(step: string, detail = ''): void {
    console.log(`  ok    ${step}${detail ? `: ${detail}` : ''}`);
  }
  fail(step: string, e: unknown, essential = false): void {
    const message = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
    this.failures.push({ step, message, essential });
    console.log(`  FAIL  ${step}: ${message}`);
  }
  /** Runs a step; a thrown error is recorded and undefined returned. */
  async step<T>(step: string, fn: () => Promise<T>, essential = false): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      this.fail(step, e, essential);
      return undefined;
    }
  }
}

function build(report: Report): boolean {
  console.log('Building (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status === 0) {
    report.ok('build');
    return true;
  }
  report.fail('build', new Error(r.error ? r.error.message : `npm run build exited with ${r.status ?? r.signal}`), true);
  return false;
}

interface PageResult {
  name: string;
  /** Distinct annotations highlighted. */
  highlights: number;
  disputed: number;
  /** Highlight elements (a highlight crossing element boundaries has several). */
  marks: number;
  /** Highlight elements inside site furniture: must be 0. */
  inFurniture: number;
  screenshot?: string;
  note?: string;
}

/**
 * Highlights on a page (distinct annotation ids: one highlight spans several marks when its sentence
 * crosses element boundaries), how many are disputed, and how many marks sit (wrongly) in furniture.
 */
async function countHighlights(page: Page): Promise<Pick<PageResult, 'highlights' | 'disputed' | 'marks' | 'inFurniture'>> {
  return page.evaluate((furniture) => {
    const all = Array.from(document.querySelectorAll('[data-parallax-annotation]'));
    const ids = new Set(all.map((el) => el.getAttribute('data-parallax-annotation')));
    const disputed = new Set(all.filter((el) => el.getAttribute('data-parallax-status') === 'disputed').map((el) => el.getAttribute('data-parallax-annotation')));
    return { highlights: ids.size, disputed: disputed.size, marks: all.length, inFurniture: all.filter((el) => el.closest(furniture) !== null).length };
  }, FURNITURE_SELECTOR);
}

async function visitPage(ext: ExtensionBrowser, baseUrl: string, p: SeedPage, demoDir: string, report: Report): Promise<{ result: PageResult; page: Page }> {
  const result: PageResult = { name: p.name, highlights: 0, disputed: 0, marks: 0, inFurniture: 0 };
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = `${baseUrl}${p.file}`;
  const loaded = await report.step(`${p.name}: load ${url}`, () => page.goto(url, { timeout: NAVIGATION_TIMEOUT_MS, waitUntil: 'load' }), true);
  if (loaded === undefined) return { result, page };
  const appeared = await page
    .waitForSelector('[data-parallax-annotation]', { state: 'attached', timeout: HIGHLIGHT_TIMEOUT_MS })
    .then(() => true)
    .catch(() => false);
  if (!appeared) report.fail(`${p.name}: highlights`, new Error(`no [data-parallax-annotation] within ${HIGHLIGHT_TIMEOUT_MS / 1000} s`));
  else {
    // Highlights are added in batches: give the last ones a moment.
    await page.waitForTimeout(500);
    Object.assign(result, await countHighlights(page));
    if (result.inFurniture > 0) report.fail(`${p.name}: furniture`, new Error(`${result.inFurniture} highlights inside ${FURNITURE_SELECTOR}`));
    else report.ok(`${p.name}: highlights`, `${result.highlights} (${result.disputed} disputed, ${result.marks} marks)`);
  }
  const shot = path.join(demoDir, `${p.name}.png`);
  if (await report.step(`${p.name}: screenshot`, () => page.screenshot({ path: shot, fullPage: true, timeout: NAVIGATION_TIMEOUT_MS }), true)) {
    result.screenshot = shot;
  }
  return { result, page };
}

/** Hovers the first disputed highlight and screenshots the note it opens. */
async function hoverNote(page: Page, name: string, demoDir: string, report: Report): Promise<string | undefined> {
  const prefix = name.slice(0, 3);
  return report.step(`${prefix}: hover note`, async () => {
    const disputed = page.locator('[data-parallax-status="disputed"]').first();
    if ((await disputed.count()) === 0) throw new Error('no [data-parallax-status="disputed"] highlight to hover');
    await disputed.scrollIntoViewIfNeeded({ timeout: NOTE_TIMEOUT_MS });
    await disputed.hover({ timeout: NOTE_TIMEOUT_MS });
    // Playwright's CSS engine pierces open shadow roots: this finds [data-parallax-note] inside parallax-note.
    await page.locator('parallax-note [data-parallax-note]').first().waitFor({ state: 'visible', timeout: NOTE_TIMEOUT_MS });
    const file = path.join(demoDir, `${prefix}-note.png`);
    await page.screenshot({ path: file, timeout: NAVIGATION_TIMEOUT_MS });
    report.ok(`${prefix}: hover note`, file);
    return file;
  });
}

async function popupAndExports(ext: ExtensionBrowser, tabId: number | undefined, demoDir: string, report: Report): Promise<{ popup?: string; exports: string[] }> {
  const exportsDir = path.join(demoDir, 'exports');
  fs.mkdirSync(exportsDir, { recursive: true });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 800, height: 900 });
  const url = `chrome-extension://${ext.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`;
  const out: { popup?: string; exports: string[] } = { exports: [] };
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(e.message));
  const shot = await report.step(
    'popup',
    async () => {
      await popup.goto(url, { timeout: NAVIGATION_TIMEOUT_MS, waitUntil: 'load' });
      await popup.waitForTimeout(POPUP_SETTLE_MS);
      // The 800x900 viewport, as a popup would show it, and the whole scrolled page beside it.
      const file = path.join(demoDir, 'popup.png');
      await popup.screenshot({ path: file, timeout: NAVIGATION_TIMEOUT_MS });
      await popup.screenshot({ path: path.join(demoDir, 'popup-full.png'), fullPage: true, timeout: NAVIGATION_TIMEOUT_MS });
      report.ok('popup', `${url} → ${file} (whole page: popup-full.png)${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
      return file;
    },
    true,
  );
  if (shot) out.popup = shot;
  for (const name of EXPORT_BUTTONS) {
    const saved = await report.step(`popup: ${name}`, async () => {
      const button = popup.getByRole('button', { name });
      if ((await button.count()) === 0) throw new Error(`no button named "${name}" in the popup`);
      const [download] = await Promise.all([
        popup.waitForEvent('download', { timeout: DOWNLOAD_TIMEOUT_MS }),
        button.first().click({ timeout: DOWNLOAD_TIMEOUT_MS }),
      ]);
      const file = path.join(exportsDir, path.basename(download.suggestedFilename()) || `${name.replace(/\W+/g, '-')}.download`);
      await download.saveAs(file);
      const failure = await download.failure();
      if (failure) throw new Error(`download failed: ${failure}`);
      report.ok(`popup: ${name}`, `${file} (${fs.statSync(file).size} bytes)`);
      return file;
    });
    if (saved) out.exports.push(saved);
  }
  return out;
}

async function headless(ext: ExtensionBrowser, baseUrl: string, pages: readonly SeedPage[], demoDir: string, report: Report): Promise<void> {
  const results: PageResult[] = [];
  let tabId: number | undefined;
  let note: string | undefined;
  for (const p of pages) {
    const { result, page } = await visitPage(ext, baseUrl, p, demoDir, report);
    results.push(result);
    if (p === pages[0]) {
      // Right away, while the service worker certainly runs (Chrome stops an idle one after ~30 s).
      tabId = await report.step(`${p.name}: tab id`, async () => {
        const worker = await extensionWorker(ext.context, ext.extensionId);
        return tabIdOf(worker, page.url(), page);
      });
      if (tabId !== undefined) report.ok(`${p.name}: tab id`, String(tabId));
      if (result.highlights > 0) note = await hoverNote(page, p.name, demoDir, report);
      else report.fail(`${p.name.slice(0, 3)}: hover note`, new Error('skipped: the page has no highlights'));
    }
  }
  const { popup, exports } = await popupAndExports(ext, tabId, demoDir, report);

  console.log('\nSummary');
  for (const r of results) {
    const furniture = r.inFurniture ? `, ${r.inFurniture} IN FURNITURE` : '';
    console.log(`  ${r.name}: ${r.highlights} highlights (${r.disputed} disputed, ${r.marks} marks${furniture})${r.screenshot ? `  ${show(r.screenshot)}` : ''}`);
  }
  if (note) console.log(`  hover note:   ${show(note)}`);
  if (popup) console.log(`  popup:        ${show(popup)}${tabId === undefined ? ' (no tab id: popup shown without ?tab=)' : ` (tab ${tabId})`}`);
  console.log(`  exports:      ${exports.length ? exports.map(show).join(', ') : 'none'}`);
  console.log(`  screenshots:  ${show(demoDir)}/`);
}

async function headful(ext: ExtensionBrowser, baseUrl: string, pages: readonly SeedPage[]): Promise<void> {
  const [blank] = ext.context.pages();
  const index = blank ?? (await ext.context.newPage());
  await index.goto(baseUrl, { timeout: NAVIGATION_TIMEOUT_MS });
  const first = pages[0];
  if (first) {
    const article = await ext.context.newPage();
    await article.goto(`${baseUrl}${first.file}`, { timeout: NAVIGATION_TIMEOUT_MS });
  }
  console.log(`\nParallax is loaded in the Chromium window (extension id ${ext.extensionId}).`);
  console.log(`  Test pages: ${baseUrl}`);
  console.log('  Open an article: Parallax highlights the sentences other outlets also reported; hover one for its note.');
  console.log('  The toolbar button (puzzle piece → Parallax) opens the popup with the exports.');
  console.log('Close the browser window (or press Ctrl-C) to stop.');
  await new Promise<void>((resolve) => {
    ext.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const report = new Report();
  const stop = (what: string) => {
    console.error(`\nThe demo could not run: ${what} failed (see above).`);
    return 1;
  };
  if (opts.build && !build(report)) return stop('the build');

  const pagesDir = path.join(opts.outDir, 'pages');
  const demoDir = path.join(opts.outDir, 'demo');
  const pages = await report.step('pages', async () => writeSeedPages(pagesDir), true);
  if (!pages) return stop('writing the pages');
  report.ok('pages', `${pages.length} seed pages in ${pagesDir}`);

  const server = await report.step('server', () => serve(pagesDir), true);
  if (!server) return stop('starting the server');
  report.ok('server', server.url);

  const ext = await report.step('browser', () => launchWithExtension(opts.extDir, { headless: opts.headless }), true);
  if (!ext) {
    await server.close();
    return stop('launching Chromium with the extension');
  }
  report.ok('browser', `${opts.headless ? 'headless' : 'headful'} Chromium, extension ${ext.extensionId} from ${opts.extDir}`);

  let watchdog: NodeJS.Timeout | undefined;
  try {
    if (!opts.headless) {
      await headful(ext, server.url, pages);
      return 0;
    }
    fs.rmSync(demoDir, { recursive: true, force: true });
    fs.mkdirSync(demoDir, { recursive: true });
    const run = headless(ext, server.url, pages, demoDir, report);
    const timedOut = new Promise<'timeout'>((resolve) => {
      watchdog = setTimeout(() => resolve('timeout'), HEADLESS_WATCHDOG_MS);
    });
    if ((await Promise.race([run, timedOut])) === 'timeout') report.fail('demo', new Error(`stopped after ${HEADLESS_WATCHDOG_MS / 1000} s`), true);
  } finally {
    clearTimeout(watchdog);
    await ext.close();
    await server.close();
  }

  const essential = report.failures.filter((f) => f.essential);
  if (report.failures.length) {
    console.log(`\n${report.failures.length} step(s) failed${essential.length ? `, ${essential.length} essential` : ''}:`);
    for (const f of report.failures) console.log(`  ${f.essential ? 'ESSENTIAL ' : ''}${f.step}: ${f.message}`);
  }
  if (essential.length) {
    console.error('\nThe demo could not run: see the essential failures above.');
    return 1;
  }
  return opts.strict && report.failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`demo: ${e.message}`);
    process.exit(1);
  },
);
