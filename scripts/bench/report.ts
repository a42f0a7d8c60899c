/**
 * The benchmark's outputs: budgets with verdicts, the table printed on stdout, and the SVG plot
 * (hand-written: latency against page size, and annotate latency against index size).
 */
import type { BaselineFigures, ExtensionFigures, PageFigures } from './browser-bench';
import type { CorpusFigures } from './corpus-bench';
import { describeParts, type TracedFigures } from './trace';
import type { AnnotateFigures, IndexFigures, PairedFigures } from './engine';
import { formatBytes, formatMs, formatSummary, type Summary } from './stats';

export interface BundleFigures {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface Results {
  /** ISO time of the run. */
  at: string;
  quick: boolean;
  machine: { node: string; cpus: number; cpuModel: string; chromium: string | null };
  indexes: IndexFigures[];
  annotate: AnnotateFigures[];
  /** The 2k page against the seeds and the 10,000-article index, run in alternation (null: not measured). */
  paired: PairedFigures | null;
  bundles: BundleFigures[];
  browser: {
    baseline: BaselineFigures[];
    extension: ExtensionFigures[];
    /** Main-thread tasks traced on every page (bench pages and shapes). */
    traced?: TracedFigures[];
    /** The real-world shapes measured (shapes.ts): name, characters of page text, what it is. */
    shapes?: { name: string; chars: number; about: string }[];
    /** The reader's corpus of 10,000 remembered articles (corpus-bench.ts), and why it failed when it did. */
    corpus?: CorpusFigures;
    corpusError?: string;
    error?: string;
  } | null;
  budgets: Budget[];
  /** Seconds the whole benchmark took. */
  seconds: number;
}

export interface Budget {
  name: string;
  /** Measured value and limit, in `unit`. */
  value: number | null;
  limit: number;
  unit: 'ms' | 'x' | 'KB' | 'MB' | 'tasks';
  /** value / limit: ≤ 1 is met. */
  ratio: number | null;
  /** null: nothing was measured, which is never "met". */
  met: boolean | null;
  /** The spread behind the value, "median (min–max)" over the runs, when there were runs. */
  spread?: string;
  note: string;
}

function budget(name: string, value: number | null, limit: number, unit: Budget['unit'], note: string, spread?: string): Budget {
  const ratio = value === null || !Number.isFinite(value) ? null : value / limit;
  return { name, value, limit, unit, ratio, met: ratio === null ? null : ratio <= 1, ...(spread ? { spread } : {}), note };
}

/** A budget's verdict as printed: "met", "missed", or "missed (nothing measured)" (never "met" from nothing). */
export function verdict(b: Budget): string {
  return b.met === null ? 'missed (nothing measured)' : b.met ? 'met' : 'missed';
}

/** Summaries of ratios: per-run ratios need paired runs, which these are not; the spread is given as each side's. */
const spreadOf = (x: Summary | undefined) => (x && x.n > 0 ? formatSummary(x) : undefined);

/** The pages of the page-work budget: the 1k- and 2k-word pages and every real-world shape. */
function pageWorkPages(r: Omit<Results, 'budgets' | 'seconds'>): string[] {
  return ['1k', '2k', ...(r.browser?.shapes ?? []).map((x) => x.name)];
}

const byPage = <T extends { page: string }>(xs: readonly T[] | undefined, page: string): T | undefined => xs?.find((x) => x.page === page);

/** The issue's budgets, from whatever was measured (a budget with nothing to judge it by says so). */
export function budgets(r: Omit<Results, 'budgets' | 'seconds'>): Budget[] {
  const out: Budget[] = [];
  const ext5 = r.browser?.extension.find((e) => e.label === '5 seeds');
  const ext10k = r.browser?.extension.find((e) => e.label === '10,000 articles');
  // Page main-thread work (reading + highlighting, not the background's matching) against Readability's own parse, same run.
  for (const name of pageWorkPages(r)) {
    const p = byPage(ext5?.pages, name);
    const base = byPage(r.browser?.baseline, name);
    const work = p && p.pageWork.n > 0 ? p.pageWork : undefined;
    const rd = base && base.readability.n > 0 ? base.readability : undefined;
    out.push(
      budget(
        `Page main-thread work ≤ 1.5× Readability's parse: ${name}`,
        work && rd ? work.median / rd.median : null,
        1.5,
        'x',
        work && rd
          ? `Parallax ${formatSummary(work)} (read ${p?.readElsewhere ? 'in the background, page side only' : 'in the page'}, then highlight; ${p?.highlighted ?? 0} highlighted) vs Readability clone + parse ${formatSummary(rd)} (parse alone ${formatSummary(base?.readabilityParse as Summary)}), medians compared`
          : 'nothing measured (browser part skipped or failed, or the build reports no pageWork)',
        work && rd ? `Parallax ${formatSummary(work)} / Readability ${formatSummary(rd)}` : undefined,
      ),
    );
  }
  const full2k = byPage(ext5?.pages, '2k');
  const fm = full2k && full2k.firstMarkAfterDcl.n > 0 ? full2k.firstMarkAfterDcl : undefined;
  out.push(
    budget(
      'First highlight ≤ 150 ms after DOMContentLoaded: 2k',
      fm ? fm.median : null,
      150,
      'ms',
      fm ? `from the end of DOMContentLoaded to the first mark, ${fm.n} loads; from navigation start ${formatSummary(full2k?.firstMark as Summary)}${full2k && full2k.scriptAfterDcl.n > 0 ? `; of which Chrome's injection of the content script at document_end (its first line after DOMContentLoaded) ${formatSummary(full2k.scriptAfterDcl)}` : ''}` : 'nothing measured',
      spreadOf(fm),
    ),
  );
  const node5 = r.annotate.find((a) => a.page === '2k' && a.index === '5 seeds');
  const node10k = r.annotate.find((a) => a.page === '2k' && a.index === '10,000 articles');
  const pair = r.paired;
  out.push(
    budget(
      '10,000-article index within 3× of the 5-article index (engine, 2k page)',
      pair ? pair.ratio : null,
      3,
      'x',
      pair
        ? `annotatePage in alternation, ${pair.baseTotal.n} runs each: ${formatMs(pair.otherTotal.median)} vs ${formatMs(pair.baseTotal.median)} (round by round ${pair.roundRatios.min.toFixed(2)}–${pair.roundRatios.max.toFixed(2)}×)${node5 && node10k ? `; timed one after the other ${formatMs(node10k.total.median)} vs ${formatMs(node5.total.median)}; matching (matchClaims) ${formatMs(node10k.match.median)} vs ${formatMs(node5.match.median)}; links found ${node10k.links} vs ${node5.links}` : ''}`
        : 'not measured',
    ),
  );
  const b5 = byPage(ext5?.pages, '2k');
  const b10k = byPage(ext10k?.pages, '2k');
  if (b5 && b10k) {
    out.push(
      budget(
        '10,000-article index within 3× of the 5-article index (browser, 2k page, total)',
        b10k.total.median / b5.total.median,
        3,
        'x',
        `total ${formatMs(b10k.total.median)} vs ${formatMs(b5.total.median)} (match round trip ${formatMs(b10k.match.median)} vs ${formatMs(b5.match.median)})`,
      ),
    );
  }
  // No task over 50 ms on any page, from Chrome traces; a page without a traced load says "nothing measured".
  const tracedPages = [...new Set([...(r.browser?.extension.find((e) => e.label === '5 seeds')?.pages ?? []).map((p) => p.page), ...(r.browser?.traced ?? []).map((t) => t.page)])];
  for (const name of tracedPages) {
    const t = r.browser?.traced?.find((x) => x.page === name && x.runs > 0);
    const p = byPage(ext5?.pages, name);
    out.push(
      budget(
        `No main-thread task over 50 ms during Parallax's run (traced): ${name}`,
        t ? t.longestTask.max : null,
        50,
        'ms',
        t
          ? `longest task per traced load, ${t.runs} loads${t.longest ? `; the longest: ${describeParts(t.longest)}` : ''}${p ? `; heartbeat's longest block ${formatMs(p.longestBlock.max)}` : ''}${p?.readElsewhere ? '; read in the background' : ''}`
          : 'nothing measured (no traced load)',
        t ? formatSummary(t.longestTask) : undefined,
      ),
    );
  }
  // Issue 22: the reader's corpus at 10,000 remembered articles.
  const c = r.browser?.corpus;
  const why = r.browser?.corpusError ?? 'not measured (browser part skipped, --quick or --skip-10k)';
  const seedsWarm = byPage(ext5?.pages, '2k')?.firstMarkAfterDcl;
  const cold = c?.cold.firstMarkAfterDcl ?? null;
  out.push(
    budget(
      'Corpus of 10,000: first highlight ≤ 500 ms after DOMContentLoaded, cold service worker (2k page)',
      cold,
      500,
      'ms',
      c ? `first load after the browser started again on a profile with ${c.articles} remembered articles: match round trip ${formatMs(c.cold.match)} (marks of every article, then the page's candidates' claims), read ${formatMs(c.cold.read)}, highlight ${formatMs(c.cold.highlight)}; ${c.cold.annotations} annotations` : why,
    ),
  );
  const warm = c && c.warm.firstMarkAfterDcl.n > 0 ? c.warm.firstMarkAfterDcl : undefined;
  out.push(
    budget(
      'Corpus of 10,000: first highlight ≤ 150 ms after DOMContentLoaded, warm (2k page)',
      warm ? warm.median : null,
      150,
      'ms',
      c && warm ? `${warm.n} loads; match round trip ${formatSummary(c.warm.match)}; the same page with the 5 seeds alone ${seedsWarm && seedsWarm.n > 0 ? formatSummary(seedsWarm) : '–'}` : why,
      spreadOf(warm),
    ),
  );
  out.push(
    budget(
      'Corpus of 10,000: background heap ≤ 60 MB',
      c?.heap ? c.heap.usedBytes / 1024 / 1024 : null,
      60,
      'MB',
      c?.heap ? `service worker V8 heap after the warm loads, after a GC (${formatBytes(c.heap.totalBytes)} allocated)` : why,
    ),
  );
  out.push(
    budget(
      'Corpus of 10,000: remembering one article ≤ 50 ms of background time',
      c?.rememberVisit ? c.rememberVisit.median : null,
      50,
      'ms',
      c?.rememberVisit
        ? `a visit's remembering (claims and links from its annotation, one IndexedDB write), ${c.rememberVisit.n} visits: ${formatSummary(c.rememberVisit)}; "Add this page" message round trip, claims read again, ${c.rememberMessage.n} articles: ${formatSummary(c.rememberMessage)}; storage ${c.storagePerArticle === null ? '–' : formatBytes(c.storagePerArticle)} per article (${c.storageBytes === null ? '–' : formatBytes(c.storageBytes)} in all)`
        : why,
      c?.rememberVisit ? formatSummary(c.rememberVisit) : undefined,
    ),
  );
  const content = r.bundles.find((b) => b.file.includes('content'));
  out.push(budget('Content script ≤ 50 KB gzip', content ? content.gzipBytes / 1024 : null, 50, 'KB', content ? `${content.file}: ${formatBytes(content.rawBytes)} raw` : 'no build'));
  const seeds = r.indexes.find((i) => i.name === '5 seeds');
  out.push(
    budget(
      'Index ≤ 3 KB gzip per article',
      seeds ? seeds.gzipBytes / seeds.articles / 1024 : null,
      3,
      'KB',
      seeds ? `seeds index.json ${formatBytes(seeds.gzipBytes)} gzip for ${seeds.articles} articles (synthetic: ${r.indexes.filter((i) => i !== seeds).map((i) => `${i.name} ${formatBytes(i.gzipBytes / i.articles)}`).join(', ')})` : 'not measured',
    ),
  );
  return out;
}

// ---- the table ---------------------------------------------------------------------------------------

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const s = (x: Summary | undefined) => (x ? formatSummary(x) : '–');

export function textReport(r: Results): string {
  const parts: string[] = [];
  parts.push(`Parallax benchmark, ${r.at}${r.quick ? ' (--quick)' : ''}: Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.chromium ?? 'no Chromium'}`);
  parts.push('Figures: median (min–max) over the measured runs, after warm-up runs.');
  parts.push('');
  parts.push('Indexes (engine in Node)');
  parts.push(
    table(
      ['index', 'articles', 'claims', 'build', 'of which extraction', 'raw/article', 'gzip/article', 'links/claim', 'load (parse+zod)', 'matcher', 'heap'],
      r.indexes.map((i) => [
        i.name,
        String(i.articles),
        String(i.claims),
        `${s(i.build)}${i.buildCached ? ' (cached)' : ''}`,
        formatMs(i.extractMs),
        formatBytes(i.rawBytes / i.articles),
        formatBytes(i.gzipBytes / i.articles),
        i.linksPerClaim.toFixed(1),
        s(i.load),
        s(i.matcher),
        i.heapBytes === null ? '–' : formatBytes(i.heapBytes),
      ]),
    ),
  );
  parts.push('');
  parts.push('annotatePage (engine in Node: extraction + matching + comparison)');
  parts.push(
    table(
      ['page', 'words', 'index', 'annotate', 'extraction alone', 'matching alone', 'claims', 'annotations', 'links'],
      r.annotate.map((a) => [a.page, String(a.words), a.index, s(a.total), s(a.extract), s(a.match), String(a.claims), String(a.annotations), String(a.links)]),
    ),
  );
  if (r.paired) {
    const p = r.paired;
    parts.push(`${p.page} page in alternation (${p.baseTotal.n} runs each): ${p.base} ${s(p.baseTotal)}, ${p.other} ${s(p.otherTotal)}, ratio ${p.ratio.toFixed(2)}× (round by round ${p.roundRatios.min.toFixed(2)}–${p.roundRatios.max.toFixed(2)}×)`);
  }
  if (r.browser) {
    parts.push('');
    if (r.browser.error) parts.push(`Chromium: ${r.browser.error}`);
    parts.push('Chromium without the extension: the floor (one TreeWalker pass over all text nodes) and the page itself');
    parts.push('(block: longest gap of a 5 ms heartbeat timer in the page, i.e. about the longest task; the Long Tasks API does not report content-script work)');
    parts.push(
      table(
        ['page', 'words', 'text nodes', 'characters', 'Readability (clone + parse)', 'parse alone', 'floor', 'load event', 'longest block', 'after DOMContentLoaded'],
        r.browser.baseline.map((b) => [b.page, String(b.words || '–'), String(b.textNodes), String(b.chars), s(b.readability), s(b.readabilityParse), s(b.floor), s(b.load), s(b.longestBlock), s(b.longestBlockAfterDcl)]),
      ),
    );
    for (const e of r.browser.extension) {
      parts.push('');
      parts.push(`Chromium with Parallax, index: ${e.label} (content script timings; match = round trip to the background, which matches; page work = main-thread time of reading and highlighting, waits left out; (bg): read in the background)`);
      parts.push(
        table(
          ['page', 'read', 'match', 'highlight', 'total', 'page work (read + highlight)', 'first highlight', 'after DOMContentLoaded', 'longest block', 'annotations'],
          e.pages.map((p: PageFigures) => [`${p.page}${p.readElsewhere ? ' (bg)' : ''}`, s(p.read), s(p.match), s(p.highlight), s(p.total), s(p.pageWork), s(p.firstMark), s(p.firstMarkAfterDcl), s(p.longestBlock), String(p.annotations)]),
        ),
      );
      const heap = (h: typeof e.heapBefore) => (h ? formatBytes(h.usedBytes) : '–');
      parts.push(
        `Background (service worker) V8 heap: ${heap(e.heapBefore)} at start, ${heap(e.heapAfter)} after the pages (index loaded); first match of the session (cold index load) ${e.coldMatch === null ? '–' : formatMs(e.coldMatch)}`,
      );
    }
  }
  parts.push('');
  parts.push('Bundles (chrome-mv3 build)');
  parts.push(table(['file', 'raw', 'gzip'], r.bundles.map((b) => [b.file, formatBytes(b.rawBytes), formatBytes(b.gzipBytes)])));
  parts.push('');
  parts.push('Budgets');
  for (const b of r.budgets) {
    const value = b.value === null ? '–' : b.unit === 'x' ? `${b.value.toFixed(2)}×` : b.unit === 'ms' ? formatMs(b.value) : b.unit === 'KB' ? `${b.value.toFixed(2)} KB` : b.unit === 'MB' ? `${b.value.toFixed(1)} MB` : String(b.value);
    parts.push(`  ${verdict(b).padEnd(25)} ${b.name}: ${value}${b.ratio === null ? '' : ` (${b.ratio.toFixed(2)} of the limit)`}${b.spread ? `; spread ${b.spread}` : ''} — ${b.note}`);
  }
  parts.push('');
  parts.push(`Took ${r.seconds.toFixed(0)} s.`);
  return parts.join('\n');
}

// ---- the plot ------------------------------------------------------------------------------------------

interface Series {
  label: string;
  color: string;
  points: { x: number; y: number; lo?: number; hi?: number }[];
  dashed?: boolean;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Powers of ten (and 2×, 5× between them when the range is short) covering [lo, hi]. */
function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  const steps = Math.log10(hi / lo) < 2.5 ? [1, 2, 5] : [1];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of steps) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  }
  return out;
}

function tickLabel(v: number, unit: string): string {
  if (unit === 'ms') return v < 1 ? `${+(v * 1000).toPrecision(3)} µs` : v >= 1000 ? `${+(v / 1000).toPrecision(3)} s` : `${+v.toPrecision(3)} ms`;
  return v >= 1000 ? `${+(v / 1000).toPrecision(3)}k` : String(+v.toPrecision(3));
}

/** One log–log panel at (x0, y0) of size w × h. */
function panel(x0: number, y0: number, w: number, h: number, title: string, xLabel: string, series: Series[]): string {
  const pts = series.flatMap((s) => s.points.flatMap((p) => [{ x: p.x, y: p.lo ?? p.y }, { x: p.x, y: p.hi ?? p.y }]));
  const out: string[] = [`<text x="${x0 + w / 2}" y="${y0 - 14}" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`];
  if (pts.length === 0) {
    out.push(`<text x="${x0 + w / 2}" y="${y0 + h / 2}" text-anchor="middle" fill="#888">not measured</text>`);
    return out.join('\n');
  }
  const xs = pts.map((p) => p.x).filter((v) => v > 0);
  const ys = pts.map((p) => p.y).filter((v) => v > 0);
  // x: the measured range with a margin (a decade either side would waste half the panel); y: whole decades.
  const xLo = Math.min(...xs) / 1.4;
  const xHi = Math.max(...xs) * 1.4;
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const X = (v: number) => x0 + ((Math.log10(v) - Math.log10(xLo)) / (Math.log10(xHi) - Math.log10(xLo))) * w;
  const Y = (v: number) => y0 + h - ((Math.log10(v) - Math.log10(yLo)) / (Math.log10(yHi) - Math.log10(yLo))) * h;
  out.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
  for (const t of logTicks(yLo, yHi)) {
    out.push(`<line x1="${x0}" x2="${x0 + w}" y1="${Y(t).toFixed(1)}" y2="${Y(t).toFixed(1)}" stroke="#eee"/>`);
    out.push(`<text x="${x0 - 6}" y="${(Y(t) + 4).toFixed(1)}" text-anchor="end" font-size="11">${esc(tickLabel(t, 'ms'))}</text>`);
  }
  for (const t of logTicks(xLo, xHi)) {
    out.push(`<line y1="${y0}" y2="${y0 + h}" x1="${X(t).toFixed(1)}" x2="${X(t).toFixed(1)}" stroke="#eee"/>`);
    out.push(`<text x="${X(t).toFixed(1)}" y="${y0 + h + 16}" text-anchor="middle" font-size="11">${esc(tickLabel(t, ''))}</text>`);
  }
  out.push(`<text x="${x0 + w / 2}" y="${y0 + h + 34}" text-anchor="middle" font-size="12">${esc(xLabel)} (log scale)</text>`);
  out.push(`<text x="${x0 - 52}" y="${y0 + h / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 ${x0 - 52} ${y0 + h / 2})">latency (log scale)</text>`);
  series.forEach((s, k) => {
    const p = s.points.filter((q) => q.x > 0 && q.y > 0).sort((a, b) => a.x - b.x);
    if (p.length === 0) return;
    out.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} points="${p.map((q) => `${X(q.x).toFixed(1)},${Y(q.y).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const q of p) {
      if (q.lo !== undefined && q.hi !== undefined && q.hi > 0 && q.lo > 0) {
        out.push(`<line x1="${X(q.x).toFixed(1)}" x2="${X(q.x).toFixed(1)}" y1="${Y(q.lo).toFixed(1)}" y2="${Y(q.hi).toFixed(1)}" stroke="${s.color}"/>`);
      }
      out.push(`<circle cx="${X(q.x).toFixed(1)}" cy="${Y(q.y).toFixed(1)}" r="3.5" fill="${s.color}"><title>${esc(`${s.label}: ${tickLabel(q.x, '')} → ${formatMs(q.y)}`)}</title></circle>`);
    }
    const ly = y0 + 16 + k * 18;
    out.push(`<line x1="${x0 + 10}" x2="${x0 + 34}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    out.push(`<text x="${x0 + 40}" y="${ly}" font-size="11">${esc(s.label)}</text>`);
  });
  return out.join('\n');
}

const point = (x: number, m: Summary) => ({ x, y: m.median, lo: m.min, hi: m.max });

export function svgPlot(r: Results): string {
  const W = 1100;
  const H = 470;
  const ext5 = r.browser?.extension.find((e) => e.label === '5 seeds');
  const ext10k = r.browser?.extension.find((e) => e.label === '10,000 articles');
  const left: Series[] = [
    { label: 'floor: TreeWalker pass (Chromium)', color: '#6b7280', points: (r.browser?.baseline ?? []).map((b) => point(b.words, b.floor)) },
    { label: 'full annotate: content script total (Chromium)', color: '#2563eb', points: (ext5?.pages ?? []).map((p) => point(p.words, p.total)) },
    { label: '  of which readPage (Chromium)', color: '#0891b2', dashed: true, points: (ext5?.pages ?? []).map((p) => point(p.words, p.read)) },
    { label: 'engine: annotatePage (Node, 5 seeds)', color: '#b45309', points: r.annotate.filter((a) => a.index === '5 seeds').map((a) => point(a.words, a.total)) },
  ];
  const articles = (name: string) => r.indexes.find((i) => i.name === name)?.articles ?? 0;
  const right: Series[] = [
    { label: 'engine: annotatePage, 2k page (Node)', color: '#b45309', points: r.annotate.filter((a) => a.page === '2k').map((a) => point(articles(a.index), a.total)) },
    { label: '  of which extraction (Node)', color: '#d97706', dashed: true, points: r.annotate.filter((a) => a.page === '2k').map((a) => point(articles(a.index), a.extract)) },
    { label: '  of which matching (Node)', color: '#7c3aed', dashed: true, points: r.annotate.filter((a) => a.page === '2k').map((a) => point(articles(a.index), a.match)) },
    {
      label: 'full annotate, 2k page (Chromium)',
      color: '#2563eb',
      points: [ext5, ext10k].flatMap((e) => {
        const p = e?.pages.find((x) => x.page === '2k');
        return p && e ? [point(e.label === '5 seeds' ? articles('5 seeds') : articles('10,000 articles'), p.total)] : [];
      }),
    },
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    panel(90, 50, 420, 330, 'Latency against page size', 'article words', left),
    panel(640, 50, 420, 330, 'Annotate latency against index size', 'indexed articles', right),
    `<text x="20" y="${H - 20}" font-size="11" fill="#555">${esc(`Parallax benchmark ${r.at}${r.quick ? ' (--quick)' : ''}: medians, bars from min to max. npm run bench`)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
