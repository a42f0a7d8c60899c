import type { PageAnnotations } from '../annotate/schema';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { toW3C, toW3CAll } from './w3c';

/** A file the popup offers for download. */
export interface ExportFile {
  name: string;
  /** MIME type of the Blob. */
  type: string;
  content: string;
}

export type ExportFormat = 'json' | 'md' | 'csv';

/** Longest slug kept: file names stay readable in a downloads list and far below OS limits. */
const MAX_SLUG = 80;

/** Lower-case words joined by hyphens, accents dropped, nothing a file system could object to. */
export function slugify(s: string): string {
  const slug = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_SLUG / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** The stem of a page's export files: its title, else host and path, else "page". */
export function pageFileStem(page: Pick<PageAnnotations, 'title' | 'url'>): string {
  const fromTitle = page.title ? slugify(page.title) : '';
  if (fromTitle) return fromTitle;
  let where = page.url;
  try {
    const u = new URL(page.url);
    where = u.protocol === 'file:' ? u.pathname.split('/').pop() ?? '' : `${u.host}${u.pathname}`;
  } catch {
    // Not a URL: slug whatever it is.
  }
  return slugify(where.replace(/\.(?:s?html?|php|aspx?|txt)$/i, '')) || 'page';
}

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** One page exported: `<slug>.parallax.json` (W3C Web Annotation), `.md` or `.csv`. */
export function pageExport(page: PageAnnotations, format: ExportFormat, version: string, created: string): ExportFile {
  const content =
    format === 'json' ? `${JSON.stringify(toW3C(page, version, created), null, 2)}\n` : format === 'md' ? toMarkdown(page) : toCsv(page);
  return { name: `${pageFileStem(page)}.parallax.${format}`, type: TYPES[format], content };
}

/** The calendar date of `now` where the user is (the file name they will look for). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Stored pages plus the one on screen, which replaces a stored copy of the same URL (it is newer). */
export function withCurrent(stored: readonly PageAnnotations[], current: PageAnnotations | null): PageAnnotations[] {
  if (!current) return [...stored];
  return [...stored.filter((p) => p.url !== current.url), current];
}

/** "Export all": every page in one JSON array, `parallax-all-pages-YYYY-MM-DD.json`. */
export function allPagesExport(pages: readonly PageAnnotations[], version: string, now: Date): ExportFile {
  return {
    name: `parallax-all-pages-${localDate(now)}.json`,
    type: TYPES.json,
    content: `${JSON.stringify(toW3CAll(pages, version, now.toISOString()), null, 2)}\n`,
  };
}

/** What an export-all says besides downloading: pages that could not be read from storage. */
export function exportAllReport(count: number, skipped: readonly string[]): string {
  const main = `Exported ${count} page${count === 1 ? '' : 's'}.`;
  if (skipped.length === 0) return main;
  return `${main} Left out ${skipped.length} stored page${skipped.length === 1 ? '' : 's'} that could not be read: ${skipped.join('; ')}`;
}

/** "Imported 3 pages (41 annotations)". */
export function importReport(pages: readonly PageAnnotations[]): string {
  const n = pages.length;
  const m = pages.reduce((sum, p) => sum + p.annotations.length, 0);
  return `Imported ${n} page${n === 1 ? '' : 's'} (${m} annotation${m === 1 ? '' : 's'})`;
}
