import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import type { PageAnnotations } from '../../lib/annotate/schema';
import { allPagesExport, exportAllReport, importReport, pageExport, pageFileStem, slugify, withCurrent } from '../../lib/export/filename';
import { parseExportFile } from '../../lib/export/import';
import { W3CAnnotationPageSchema } from '../../lib/export/w3c';
import { createMatcher } from '../../lib/match/matcher';
import { buildSeedIndex } from '../../scripts/seed-index';

const page = annotatePage(
  { text: fs.readFileSync('seeds/002_65fa98de86abeb10.txt', 'utf8'), url: 'https://thehill.com/policy/iran', title: 'Iran paid bounties to Taliban-linked network' },
  createMatcher(buildSeedIndex()),
);
const bare = (url: string, title?: string): PageAnnotations => ({ url, ...(title ? { title } : {}), excluded: [], claims: 0, annotations: [] });

describe('export file names', () => {
  it.each([
    ['Iran paid bounties to Taliban-linked network', 'iran-paid-bounties-to-taliban-linked-network'],
    ['  Trump’s “deal”: 5 things — explained! ', 'trumps-deal-5-things-explained'],
    ['Café crème à Zürich', 'cafe-creme-a-zurich'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('slugs %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps long slugs under 80 characters, cut at a hyphen', () => {
    const s = slugify('word '.repeat(40));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith('-')).toBe(false);
    expect(s.endsWith('word')).toBe(true);
  });

  it('names a page after its title, else its host and path, else "page"', () => {
    expect(pageFileStem(bare('https://x.test/a', 'A Title'))).toBe('a-title');
    expect(pageFileStem(bare('https://www.example.com/news/2020/08/iran-bounties.html'))).toBe('www-example-com-news-2020-08-iran-bounties');
    expect(pageFileStem(bare('file:///home/me/seeds/000_632a.txt'))).toBe('000-632a');
    expect(pageFileStem(bare('https://x.test/a', '!!!'))).toBe('x-test-a');
    expect(pageFileStem(bare('', '—'))).toBe('page');
  });

  it('exports JSON as a W3C AnnotationPage that imports back to the same page', () => {
    const f = pageExport(page, 'json', '0.1.0', '2026-01-02T03:04:05.000Z');
    expect(f.name).toBe('iran-paid-bounties-to-taliban-linked-network.parallax.json');
    expect(f.type).toBe('application/json');
    W3CAnnotationPageSchema.parse(JSON.parse(f.content));
    expect(parseExportFile(f.content, f.name)).toEqual([page]);
  });

  it('exports Markdown and CSV under the same stem', () => {
    const md = pageExport(page, 'md', '0.1.0', '2026-01-02T03:04:05.000Z');
    const csv = pageExport(page, 'csv', '0.1.0', '2026-01-02T03:04:05.000Z');
    expect(md.name).toBe('iran-paid-bounties-to-taliban-linked-network.parallax.md');
    expect(md.content.startsWith('# Parallax: Iran paid bounties')).toBe(true);
    expect(csv.name).toBe('iran-paid-bounties-to-taliban-linked-network.parallax.csv');
    expect(csv.type).toMatch(/^text\/csv/);
  });

  it('exports all pages as one dated array, the current page replacing its stored copy', () => {
    const stale = { ...page, title: 'old' };
    const other = bare('https://a.test/other', 'Other');
    const pages = withCurrent([stale, other], page);
    expect(pages).toEqual([other, page]);
    expect(withCurrent([other], null)).toEqual([other]);
    const f = allPagesExport(pages, '0.1.0', new Date(2026, 0, 5, 23, 30));
    expect(f.name).toBe('parallax-all-pages-2026-01-05.json');
    expect(parseExportFile(f.content, f.name).map((p) => p.url).sort()).toEqual([other.url, page.url].sort());
  });

  it('reports imports and exports in plain words', () => {
    expect(importReport([page, bare('https://a.test/')])).toBe(`Imported 2 pages (${page.annotations.length} annotations)`);
    expect(importReport([bare('https://a.test/')])).toBe('Imported 1 page (0 annotations)');
    expect(exportAllReport(3, [])).toBe('Exported 3 pages.');
    expect(exportAllReport(1, ['https://b.test/: unreadable'])).toBe('Exported 1 page. Left out 1 stored page that could not be read: https://b.test/: unreadable');
  });
});
