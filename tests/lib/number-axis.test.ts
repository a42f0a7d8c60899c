import { describe, expect, it } from 'vitest';
import type { SentenceAnnotation } from '../../lib/annotate/schema';
import type { Difference } from '../../lib/compare/difference';
import { axisScale, numberAxis } from '../../lib/compare/number-axis';

function annotation(links: { outlet: string; differences: Difference[] }[]): SentenceAnnotation {
  return {
    id: 'urn:uuid:00000000-0000-0000-0000-000000000000',
    text: 'The attack killed two civilians and injured more than 70 others, including four US personnel.',
    start: 0,
    end: 90,
    prefix: '',
    suffix: '',
    kind: 'body',
    status: 'disputed',
    links: links.map((l, i) => ({
      sourceId: `s${i}`,
      outlet: l.outlet,
      claimId: `s${i}#1`,
      text: 'x',
      fact: 'f',
      score: 0.8,
      relation: l.differences.length ? 'differs' : 'agrees',
      differences: l.differences,
    })),
  };
}

const num = (here: string, there: string, severity: Difference['severity'] = 'conflict'): Difference => ({ kind: 'number', severity, here, there });

describe('numberAxis', () => {
  it('charts one figure of the page against every outlet that states it differently', () => {
    const a = annotation([
      { outlet: 'The Hill', differences: [num('more than 70 others', 'more than 75 others were injured'), { kind: 'certainty', severity: 'detail', here: 'the report said', there: '(stated as fact)' }] },
      { outlet: 'Sputnik', differences: [num('more than 70 others', 'dozens of others', 'detail')] },
      { outlet: 'The Commune', differences: [] },
    ]);
    expect(numberAxis(a, 'This page')).toEqual([
      {
        label: 'more than 70 others',
        points: [
          { outlet: 'This page', min: 70, max: null, text: 'more than 70 others', here: true },
          { outlet: 'The Hill', min: 75, max: null, text: 'more than 75 others were injured', here: false },
          { outlet: 'Sputnik', min: 24, max: 99, text: 'dozens of others', here: false },
        ],
      },
    ]);
  });

  it('gives one axis per differing figure, in order of first appearance', () => {
    const a = annotation([
      { outlet: 'InsideOver', differences: [num('four US personnel', 'two Americans')] },
      { outlet: 'The Hill', differences: [num('more than 70 others', 'more than 75 others'), num('four US personnel', 'Four US personnel and')] },
    ]);
    const axes = numberAxis(a, 'Here');
    expect(axes.map((x) => x.label)).toEqual(['four US personnel', 'more than 70 others']);
    expect(axes[0]?.points.map((p) => [p.outlet, p.min, p.max])).toEqual([['Here', 4, 4], ['InsideOver', 2, 2], ['The Hill', 4, 4]]);
  });

  it('reads qualifiers as intervals: up to, about, at least', () => {
    const a = annotation([{ outlet: 'X', differences: [num('up to 100 people', 'about 80 people', 'detail'), num('six attacks', 'at least six attacks', 'detail')] }]);
    const [upTo, six] = numberAxis(a, 'P');
    expect(upTo?.points.map((p) => [p.min, p.max])).toEqual([[0, 100], [76, 84]]);
    expect(six?.points.map((p) => [p.min, p.max])).toEqual([[6, 6], [6, null]]);
  });

  it('has nothing to chart without number differences, or when a figure cannot be read', () => {
    expect(numberAxis(annotation([{ outlet: 'X', differences: [{ kind: 'date', severity: 'detail', here: 'December 11', there: 'December' }] }]), 'P')).toEqual([]);
    expect(numberAxis(annotation([{ outlet: 'X', differences: [num('many others', 'few others')] }]), 'P')).toEqual([]);
  });
});

describe('axisScale', () => {
  it('spans every bound with room past the last, never below zero, with round ticks', () => {
    const s = axisScale({
      label: 'x',
      points: [
        { outlet: 'a', min: 70, max: null, text: '', here: true },
        { outlet: 'b', min: 75, max: null, text: '', here: false },
        { outlet: 'c', min: 24, max: 99, text: '', here: false },
      ],
    });
    expect(s.lo).toBeGreaterThanOrEqual(0);
    expect(s.lo).toBeLessThan(24);
    expect(s.hi).toBeGreaterThan(99);
    expect(s.ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of s.ticks) {
      expect(t).toBeGreaterThanOrEqual(s.lo);
      expect(t).toBeLessThanOrEqual(s.hi);
      expect(t % 10).toBe(0);
    }
  });

  it('handles a single value', () => {
    const s = axisScale({ label: 'x', points: [{ outlet: 'a', min: 0, max: 0, text: '', here: true }] });
    expect(s.lo).toBe(0);
    expect(s.hi).toBeGreaterThan(0);
    expect(s.ticks[0]).toBe(0);
  });
});
