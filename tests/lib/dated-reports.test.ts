import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { comparePage } from '../../lib/annotate/facts';
import { daysBetween, isChangeBetweenReports, safeHref, shortDate, softenRelativeDays } from '../../lib/annotate/report-dates';
import { numberAxis } from '../../lib/compare/number-axis';
import { describeDifference } from '../../lib/export/summary';
import { fromW3C, toW3C } from '../../lib/export/w3c';
import { buildIndex } from '../../lib/index/build';
import { createMatcher } from '../../lib/match/matcher';
import type { Article } from '../../lib/seeds/metadata';
import { FIRE_OUTLETS, FIRE_PAGE, TOLL } from '../fire-story';

/** The fire story (tests/fire-story.ts) told over days: the page on Aug 10, Coast Herald's 89 killed on Aug 12, Valley Radio undated. */
const DATES: Record<string, string | undefined> = { 'fire-herald': '2023-08-12', 'fire-radio': undefined, 'fire-wire': '2023-08-11' };
const outlets: Article[] = FIRE_OUTLETS.map((a) => {
  const { date: _date, ...meta } = a.meta;
  const date = DATES[a.id];
  return { ...a, meta: { ...meta, url: `https://news.example/${a.id}`, ...(date ? { date } : {}) } };
});
const matcher = createMatcher(buildIndex([{ ...FIRE_PAGE, meta: { ...FIRE_PAGE.meta, date: '2023-08-10' } }, ...outlets], 'parallax test'));
const page = annotatePage({ text: FIRE_PAGE.text, url: 'https://example.test/fire', title: 'Wildfire on Maui', date: '2023-08-10' }, matcher);
const toll = page.annotations.find((a) => a.text === TOLL)!;
const herald = toll.links.find((l) => l.outlet === 'Coast Herald')!;

describe('reports on different days', () => {
  it('links carry each outlet article’s date and address, and the page its own date', () => {
    expect(page.date).toBe('2023-08-10');
    expect(herald.date).toBe('2023-08-12');
    expect(herald.url).toBe('https://news.example/fire-herald');
    expect(toll.links.find((l) => l.outlet === 'Valley Radio')?.date).toBeUndefined();
  });

  it('keeps dates through a W3C export and import', () => {
    const back = fromW3C(toW3C(page, '0.1.0', '2026-01-01T00:00:00.000Z'));
    expect(back).toEqual(page);
  });

  it('says a number differing between reports two days apart changed between them, with both dates', () => {
    const killed = herald.differences.find((d) => d.kind === 'number' && d.severity === 'conflict')!;
    expect(describeDifference(killed, herald.outlet, { here: page.date, there: herald.date })).toBe(
      `Number changed between reports — here (Aug 10): ${killed.here}; Coast Herald (Aug 12): ${killed.there} — reported 2 days apart`,
    );
    const injured = herald.differences.find((d) => d.kind === 'number' && d.severity === 'detail')!;
    expect(describeDifference(injured, herald.outlet, { here: page.date, there: herald.date })).toMatch(/^Number differs — here \(Aug 10\): .*; Coast Herald \(Aug 12\): .* — reported 2 days apart$/);
    // Same day, or a date unknown: the ordinary words.
    expect(describeDifference(killed, 'X', { here: '2023-08-12', there: '2023-08-12' })).toBe(`Number conflicts — here: ${killed.here}; X: ${killed.there}`);
    expect(describeDifference(killed, 'X', { here: undefined, there: '2023-08-12' })).toBe(`Number conflicts — here: ${killed.here}; X: ${killed.there}`);
    // Not a figure or a date: the dates do not excuse a different quotation.
    expect(describeDifference({ kind: 'quote', severity: 'conflict', here: 'a', there: 'b' }, 'X', { here: '2023-08-10', there: '2023-08-12' })).toBe('Quotation conflicts — here: a; X: b');
    expect(describeDifference(killed, 'X', { here: '2022-12-31', there: '2023-01-01' })).toContain('here (Dec 31, 2022)');
  });

  it('keeps the conflict for the badge but words the outlet as changed between reports', () => {
    expect(toll.status).toBe('disputed');
    expect(isChangeBetweenReports(herald, page.date)).toBe(true);
    expect(isChangeBetweenReports(herald, '2023-08-12')).toBe(false);
    const view = comparePage(page, []).find((f) => f.sentence === TOLL)!;
    const h = view.outlets.find((o) => o.outlet === 'Coast Herald')!;
    expect(h.verdict).toBe('conflict');
    expect(h.changed).toBe(true);
    expect(h.date).toBe('2023-08-12');
    expect(h.descriptions.some((d) => d.startsWith('Number changed between reports — here (Aug 10)'))).toBe(true);
  });

  it('draws the figures in date order when the outlets’ dates differ', () => {
    const axes = numberAxis(toll, 'This page', page.date);
    const injured = axes.find((a) => a.label.includes('70'))!;
    expect(injured.byDate).toBe(true);
    const dates = injured.points.map((p) => p.date ?? 'undated');
    expect(dates).toEqual([...dates].sort());
    expect(injured.points[0]).toMatchObject({ here: true, date: '2023-08-10' });
    // Undated (Valley Radio's "dozens") last.
    expect(injured.points.at(-1)).toMatchObject({ outlet: 'Valley Radio' });
    expect(injured.points.at(-1)?.date).toBeUndefined();
    expect(injured.points.filter((p) => p.date).at(-1)?.date).toBe('2023-08-12');
    // One date for all: the page first, then link order, as before.
    const same = numberAxis(toll, 'This page', undefined).find((a) => a.label.includes('70'))!;
    expect(same.points[0]?.here).toBe(true);
  });

  it('formats and measures dates without the locale, and links only to web addresses', () => {
    expect(shortDate('2023-08-10')).toBe('Aug 10');
    expect(shortDate('2023-08-10', true)).toBe('Aug 10, 2023');
    expect(shortDate('soon')).toBeUndefined();
    expect(daysBetween('2023-08-10', '2023-08-12')).toBe(2);
    expect(daysBetween('2023-03-25', '2023-03-27')).toBe(2);
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://news.example/a')).toBe('https://news.example/a');
  });
});

describe('a day told relative to reports a week apart', () => {
  it('is a detail, not a contradiction; from reports a day apart it still contradicts', () => {
    const d = [{ kind: 'date' as const, severity: 'conflict' as const, here: 'on Tuesday', there: 'last Sunday' }];
    expect(softenRelativeDays(d, '2021-07-24', '2021-07-16').map((x) => x.severity)).toEqual(['detail']);
    expect(softenRelativeDays(d, '2021-07-17', '2021-07-16').map((x) => x.severity)).toEqual(['conflict']);
    const absolute = [{ kind: 'date' as const, severity: 'conflict' as const, here: 'July 13', there: 'July 16' }];
    expect(softenRelativeDays(absolute, '2021-07-24', '2021-07-16').map((x) => x.severity)).toEqual(['conflict']);
  });
});
