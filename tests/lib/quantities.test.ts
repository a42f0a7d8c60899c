import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../lib/claims/quantities';
import { parseNumberWords } from '../../lib/text/number-words';

describe('findQuantities', () => {
  it.each([
    ['injured more than 70 others', 70, 'more-than', 'people'],
    ['injured more than seventy others', 70, 'more-than', 'people'],
    ['for at least half-a-dozen recent attacks', 6, 'at-least', 'attacks'],
    ['linked to at least six attacks', 6, 'at-least', 'attacks'],
    ['four US military personnel among them', 4, 'exact', 'us-personnel'],
    ['including two Americans.', 2, 'exact', 'us-personnel'],
    ['up to $100,000 per soldier', 100000, 'up-to', 'usd'],
    ['nearly 80 wounded', 80, 'about', 'people'],
  ])('reads %j', (text, value, qualifier, counted) => {
    const [q] = findQuantities(text);
    expect(q).toMatchObject({ value, qualifier, counted });
  });

  it('reads "dozens" as a vague amount with an interval', () => {
    const [q] = findQuantities('injured dozens of others');
    expect(q).toMatchObject({ value: null, qualifier: 'vague', counted: 'people', min: 24 });
  });

  it('does not take years or the pronoun "one" for counts', () => {
    expect(findQuantities('in 2019, one of the officials said')).toEqual([]);
  });

  it('skips spans already read as dates', () => {
    expect(findQuantities('on December 11 the base', [{ start: 3, end: 14 }])).toEqual([]);
  });
});

describe('parseNumberWords', () => {
  it.each([['seventy-five', 75], ['two hundred and five', 205], ['half a dozen', 6], ['twelve', 12], ['banana', null]])('%s → %s', (w, v) => {
    expect(parseNumberWords(w)).toBe(v);
  });
});
