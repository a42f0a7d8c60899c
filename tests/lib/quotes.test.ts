import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/claims/quotes';

const quoted = (t: string) => findQuotes(t).map((q) => q.text);

describe('quotation marks of every typography', () => {
  it('reads German, French and British quotation marks as quotations', () => {
    expect(quoted('The chief said: „We are deeply sorry for the effects which we have caused.“')).toEqual(['We are deeply sorry for the effects which we have caused']);
    expect(quoted('Il a déclaré « nous sommes très désolés » hier.')).toEqual(['nous sommes très désolés']);
    expect(quoted('Er sagte »wir sind alle da« heute.')).toEqual(['wir sind alle da']);
    expect(quoted('He said ‘we’re deeply sorry for this’ today.')).toEqual(['we’re deeply sorry for this']);
    expect(quoted("He said 'we are so sorry' today, at the workers' union.")).toEqual(['we are so sorry']);
  });
  it('an apostrophe is no quotation mark, and a quoted word is a scare quote, not a quotation', () => {
    expect(quoted("The workers' union and the bosses' group met.")).toEqual([]);
    expect(quoted("Boeing chief admits 'mistake' as bolts found")).toEqual([]);
    expect(quoted("It's the company's view that 'the plan was fine' overall.")).toEqual(['the plan was fine']);
  });
});
