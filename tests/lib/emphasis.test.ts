import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emphasize } from '../../lib/annotate/emphasis';

const marked = (runs: { text: string; em: boolean }[]) => runs.filter((r) => r.em).map((r) => r.text);

describe('emphasize', () => {
  it('marks a differing value and keeps the rest as plain runs', () => {
    expect(emphasize('injured more than 70 others, the report said.', ['more than 70 others'])).toEqual([
      { text: 'injured ', em: false },
      { text: 'more than 70 others', em: true },
      { text: ', the report said.', em: false },
    ]);
  });

  it('matches case-insensitively and across any run of spaces', () => {
    expect(marked(emphasize('Four  US personnel were hurt', ['four US personnel']))).toEqual(['Four  US personnel']);
  });

  it('places the longest value first and never overlaps', () => {
    expect(marked(emphasize('more than 70 others and 70 more', ['70', 'more than 70 others']))).toEqual(['more than 70 others', '70']);
  });

  it('marks every occurrence', () => {
    expect(marked(emphasize('CNN reported; then CNN reported again', ['cnn reported']))).toEqual(['CNN reported', 'CNN reported']);
  });

  it('does not mark a word inside another word', () => {
    expect(marked(emphasize('sixty people, six attacks', ['six']))).toEqual(['six']);
    expect(emphasize('sixty', ['six'])).toEqual([{ text: 'sixty', em: false }]);
  });

  it('ignores values that are not in the text, empty values and regex characters', () => {
    expect(emphasize('stated plainly.', ['(stated as fact)', '', '  ', '.*'])).toEqual([{ text: 'stated plainly.', em: false }]);
    expect(marked(emphasize('paid $1.5 million (US) to them', ['$1.5 million (US)']))).toEqual(['$1.5 million (US)']);
  });

  it('gives no runs for empty text', () => {
    expect(emphasize('', ['x'])).toEqual([]);
  });

  it('always gives back the text exactly, in non-empty runs that alternate', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 5 }), (text, values) => {
        const runs = emphasize(text, values);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        for (const r of runs) expect(r.text.length).toBeGreaterThan(0);
        for (let i = 1; i < runs.length; i++) if (!runs[i]?.em) expect(runs[i - 1]?.em).toBe(true);
      }),
    );
  });
});
