import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/claims/dates';

const ref = new Date('2023-07-06T00:00:00Z');
const placed = (t: string) => findDates(t, ref).map((d) => [d.text, d.from, d.to, d.granularity]);

describe('a time told by how long ago it was', () => {
  it('is placed on the calendar in the unit it is told in, from the article’s date', () => {
    expect(placed('The record was set in Berlin two years ago.')).toEqual([['two years ago', '2021-01-01', '2021-12-31', 'year']]);
    expect(placed('The plant closed three months ago.')).toEqual([['three months ago', '2023-04-01', '2023-04-30', 'month']]);
    expect(placed('The fire broke out ten days ago.')).toEqual([['ten days ago', '2023-06-26', '2023-06-26', 'day']]);
    expect(placed('The talks began a decade ago.')).toEqual([['a decade ago', '2013-01-01', '2013-12-31', 'year']]);
  });
  it('places nothing when it is a base of comparison, or the article is undated', () => {
    expect(placed('Revenue was up 14% from a year ago.')).toEqual([]);
    expect(placed('Prices are higher than a year ago.')).toEqual([]);
    expect(findDates('The record was set two years ago.', null)).toEqual([]);
  });
});

describe('"this week"', () => {
  it('is the calendar week of the article’s date, Monday to Sunday', () => {
    expect(placed('The agency declared the event this week.')).toEqual([['this week', '2023-07-03', '2023-07-09', 'part']]);
  });
});
