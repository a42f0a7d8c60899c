import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotatePage, annotationsOf, firstAnnotations, matchPage, pageAnnotationsOf } from '../../lib/annotate/annotate';
import { createMatcher } from '../../lib/match/matcher';
import { buildSeedIndex } from '../../scripts/seed-index';
import { firePage, TOLL } from '../fire-story';

const matcher = createMatcher(buildSeedIndex());
const seedIds = matcher.index.sources.map((s) => s.id);

describe('annotatePage', () => {
  it.each(seedIds)('recognises seed %s and never links it to itself', (id) => {
    const text = fs.readFileSync(`seeds/${id}.txt`, 'utf8');
    const page = annotatePage({ text, url: `file:///${id}.txt` }, matcher);
    expect(page.recognizedAs).toBe(id);
    expect(page.annotations.length).toBeGreaterThan(0);
    for (const a of page.annotations) for (const l of a.links) expect(l.sourceId).not.toBe(id);
  });

  it('shows Sputnik’s “dozens” as a number detail on the “more than 70 others” sentence: both can be true, so it is no dispute', () => {
    const text = fs.readFileSync('seeds/000_632a70be4bd1d4be.txt', 'utf8');
    const page = annotatePage({ text, url: 'file:///000.txt' }, matcher);
    const a = page.annotations.find((x) => x.text.includes('more than 70 others'));
    const sputnik = a?.links.find((l) => l.sourceId === '003_e7a4584c33412c88');
    expect(sputnik?.differences).toContainEqual(expect.objectContaining({ kind: 'number', severity: 'detail', here: expect.stringContaining('more than 70'), there: expect.stringContaining('dozens') }));
    for (const l of a?.links ?? []) expect(l.differences.filter((d) => d.kind === 'number' && d.severity === 'conflict')).toEqual([]);
  });

  it('marks a sentence disputed when an outlet gives another exact toll (53 vs 89 killed), and a larger “more than” only as a detail', () => {
    const page = firePage();
    const a = page.annotations.find((x) => x.text === TOLL);
    expect(a?.status).toBe('disputed');
    const herald = a?.links.find((l) => l.sourceId === 'fire-herald');
    expect(herald?.differences).toContainEqual({ kind: 'number', severity: 'conflict', here: '53 people', there: '89 people' });
    expect(herald?.differences).toContainEqual({ kind: 'number', severity: 'detail', here: 'more than 70 others', there: 'more than 75 others' });
    // Pacific Wire gives the page's own figures: it agrees.
    expect(a?.links.filter((l) => l.sourceId === 'fire-wire').some((l) => l.relation === 'agrees')).toBe(true);
  });

  it('leaves out sources the user excludes', () => {
    const text = fs.readFileSync('seeds/000_632a70be4bd1d4be.txt', 'utf8');
    const page = annotatePage({ text, url: 'file:///000.txt' }, matcher, { exclude: ['002_65fa98de86abeb10'] });
    expect(page.excluded).toEqual(['000_632a70be4bd1d4be', '002_65fa98de86abeb10']);
    for (const a of page.annotations) for (const l of a.links) expect(l.sourceId).not.toBe('002_65fa98de86abeb10');
  });

  it('gives the same annotation ids for the same page every time', () => {
    const text = fs.readFileSync('seeds/001_1eed3cb34723bd89.txt', 'utf8');
    const ids = () => annotatePage({ text, url: 'https://example.test/a' }, matcher).annotations.map((a) => a.id);
    expect(ids()).toEqual(ids());
    expect(new Set(ids()).size).toBe(ids().length);
  });
});

describe('a page annotated in parts (the first sentences first)', () => {
  it.each(seedIds)('gives seed %s the same annotations in parts as whole, the first part ending where a paragraph ends', (id) => {
    const text = fs.readFileSync(`seeds/${id}.txt`, 'utf8');
    const input = { text, url: `file:///${id}.txt` };
    const whole = annotatePage(input, matcher, { exclude: [id] });
    const matched = matchPage(input, matcher, { exclude: [id] });
    const first = firstAnnotations(matched, 2);
    expect(first.annotations.length).toBeGreaterThanOrEqual(Math.min(2, whole.annotations.length));
    expect(pageAnnotationsOf(matched, [...first.annotations, ...annotationsOf(matched, first.next)])).toEqual(whole);
    // Where the first part stops, the text between its last claim and the next claim holds a paragraph break.
    if (first.next < matched.claims.length) {
      const before = matched.claims[first.next - 1]!;
      const after = matched.claims[first.next]!;
      expect(text.slice(before.end, after.start)).toContain('\n');
    }
  });
});
