import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { csvCell, toCsv } from '../../lib/export/csv';
import { escapeMarkdown, toMarkdown } from '../../lib/export/markdown';
import { summarize } from '../../lib/export/summary';
import { W3CAnnotationPageSchema, toW3C } from '../../lib/export/w3c';
import { createMatcher } from '../../lib/match/matcher';
import { buildSeedIndex } from '../../scripts/seed-index';
import { firePage, TOLL } from '../fire-story';

const page = annotatePage({ text: fs.readFileSync('seeds/002_65fa98de86abeb10.txt', 'utf8'), url: 'https://example.test/hill' }, createMatcher(buildSeedIndex()));

describe('W3C export', () => {
  it('matches the contract schema, one item per annotated sentence', () => {
    const out = W3CAnnotationPageSchema.parse(toW3C(page, '0.1.0', '2026-01-01T00:00:00.000Z'));
    expect(out.items).toHaveLength(page.annotations.length);
    const item = out.items[0];
    expect(item?.target.selector[0].exact).toBe(page.annotations[0]?.text);
    expect(item?.body.slice(1).every((b) => 'sourceId' in b && b.sourceId !== '002_65fa98de86abeb10')).toBe(true);
  });
});

describe('CSV export', () => {
  it('has one row per link', () => {
    const rows = toCsv(page).trim().split('\r\n');
    expect(rows.length - 1).toBe(page.annotations.reduce((n, a) => n + a.links.length, 0));
  });
  it.each(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])('neutralises the formula %s', (v) => {
    expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
  });
});

describe('Markdown export', () => {
  it('escapes what would render as links or HTML', () => {
    expect(escapeMarkdown('[click](javascript:x) <img src=x>')).toBe('\\[click\\](javascript:x) \\<img src=x\\>');
  });
  it('names every outlet the page is compared with', () => {
    const md = toMarkdown(page);
    for (const a of page.annotations) for (const l of a.links) expect(md).toContain(l.outlet.replace(/[()]/g, (c) => c));
  });
});

describe('the one-line summary', () => {
  it('counts an outlet that states the fact twice once, as the marker and the popup do', () => {
    // Pacific Wire states the toll in its headline and in its body; Coast Herald gives another toll.
    const toll = firePage().annotations.find((a) => a.text === TOLL)!;
    expect(toll.links.filter((l) => l.sourceId === 'fire-wire')).toHaveLength(2);
    expect(summarize(toll)).toBe('Reported by 3 other outlets; 1 conflict (number): Coast Herald.');
  });
});
