import { describe, expect, it } from 'vitest';
import { datelinePlaceEnd, findDates } from '../../lib/claims/dates';
import { REF, claim } from '../helpers';
import { compareClaims } from '../../lib/compare/compare';
import { extractClaim, extractClaims } from '../../lib/claims/extract';

describe('findDates', () => {
  it.each([
    ['on December 11.', '2019-12-11', '2019-12-11', 'day'],
    ['the December 2019 attack', '2019-12-01', '2019-12-31', 'month'],
    ['was made in March not to', '2020-03-01', '2020-03-31', 'month'],
    ['However, in late March, officials', '2020-03-21', '2020-03-31', 'part'],
    ['In early 2020, shortly after', '2020-01-01', '2020-04-30', 'part'],
    ['carried out last year alone', '2019-01-01', '2019-12-31', 'year'],
    ['formed in the 1980s', '1980-01-01', '1989-12-31', 'decade'],
  ])('reads %j', (text, from, to, granularity) => {
    expect(findDates(text, REF)[0]).toMatchObject({ from, to, granularity });
  });

  it('reads "in August last year" as August of the year before the article\'s, not this August and last year apart', () => {
    const ref = new Date('2022-12-14T12:00:00Z');
    const a = extractClaim({ text: 'The laboratory came close in August last year, when a shot produced 1.35 megajoules.', start: 0, end: 86, kind: 'body' }, 'a', 0, ref);
    const b = extractClaim({ text: 'The laboratory\'s previous best, in August 2021, yielded 1.3 megajoules.', start: 0, end: 71, kind: 'body' }, 'b', 0, ref);
    expect(a.dates.map((d) => [d.from, d.to])).toEqual([['2021-08-01', '2021-08-31']]);
    expect(compareClaims(a, b).filter((d) => d.kind === 'date' && d.severity === 'conflict')).toEqual([]);
  });
  it('resolves a date without a year to the latest past one (news reports the past)', () => {
    expect(findDates('a suicide bombing in December.', REF)[0]?.from).toBe('2019-12-01');
  });

  it('leaves relative spans ("a month after") and weekdays to other readers', () => {
    expect(findDates('less than a month after the attack, CNN reported on Monday', REF)).toEqual([]);
  });
});

describe('two weekdays joined ("the night of Thursday to Friday")', () => {
  it('cover both days, so that "on Friday" is no other day than the night of Thursday to Friday', () => {
    const ref = new Date('2018-07-10T00:00:00Z');
    expect(findDates('Saman Kunan died in the night of Thursday to Friday.', ref).map((d) => [d.from, d.to])).toEqual([['2018-07-05', '2018-07-06']]);
    expect(findDates('It happened on Thursday.', ref).map((d) => [d.from, d.to])).toEqual([['2018-07-05', '2018-07-05']]);
    const on = (text: string) => extractClaim({ text, start: 0, end: text.length, kind: 'body' }, 'test', 0, ref);
    const conflicts = (a: string, b: string) => compareClaims(on(a), on(b)).filter((d) => d.kind === 'date' && d.severity === 'conflict');
    expect(conflicts('Saman Kunan died in the night of Thursday to Friday of a lack of oxygen.', 'Saman Kunan died on Friday, July 6, of a lack of oxygen.')).toEqual([]);
  });
});

describe('a span of time is not a date', () => {
  const ref = new Date('2022-12-19T00:00:00Z');
  it('"in 97 seconds", "for several hours", "in five days" and "for a second quarter" place nothing', () => {
    for (const t of ['Messi scored in 97 seconds.', 'He scored in just one minute and 37 seconds.', 'Flights were grounded for several hours.', 'Airlines expect to recover in five days.', 'Sales fell for a second quarter in a row.']) expect(findDates(t, ref), t).toEqual([]);
  });
  it('a day beside a duration is still read', () => {
    expect(findDates('Flights were grounded for several hours on Friday.', ref).map((d) => d.from)).toEqual(['2022-12-16']);
  });
});

describe('a record told by the years since ("the biggest rise in 28 years")', () => {
  const ref = new Date('2022-06-16T12:00:00Z');
  const on = (text: string) => extractClaim({ text, start: 0, end: text.length, kind: 'body' }, 'test', 0, ref);
  it('reaches back from the report: "in 28 years" overlaps "since November 1994", a detail of precision', () => {
    expect(findDates('The Fed unleashed its biggest interest rate rise in 28 years.', ref)[0]).toMatchObject({ from: '1993-01-01', to: '1994-12-31', granularity: 'year' });
    expect(findDates('That is the biggest jump in nearly three decades.', ref)[0]).toMatchObject({ granularity: 'year' });
    expect(compareClaims(on('The Fed raised rates by the most in 28 years.'), on('It was the largest rise since November 1994.')).map((d) => `${d.kind}:${d.severity}`)).toEqual(['date:detail']);
  });
  it('is no date without a superlative or "first time" before it (a duration, or "interest" alone)', () => {
    expect(findDates('The bank will repay the loan in 28 years.', ref)).toEqual([]);
    expect(findDates('The interest is paid in 28 years.', ref)).toEqual([]);
  });
  it('keeps the span a figure too: "four years" and "seven years" of one record differ', () => {
    const d = compareClaims(on('El Niño has returned for the first time in nearly four years.'), on('El Niño has returned for the first time in seven years.'));
    expect(d.map((x) => x.kind)).toContain('number');
  });
});

describe('years and weekdays as written', () => {
  const ref = new Date('2024-04-08T12:00:00Z');
  it('reads a year before a comma ("since 2017, astronomers said") and not "sat" or "sun" in lower case', () => {
    expect(findDates('It was the first total eclipse seen there since 2017, astronomers said.', ref).map((d) => d.text)).toEqual(['2017']);
    expect(findDates('Much of Texas has sat under a heat dome as the sun beat down.', ref)).toEqual([]);
  });
  it('a record\'s anchor ("not seen since 1994") leaves the event\'s own day to compare', () => {
    const on = (text: string) => extractClaim({ text, start: 0, end: text.length, kind: 'body' }, 'test', 0, new Date('2022-06-15T12:00:00Z'));
    const d = compareClaims(on('The Fed raised its rate by 75 basis points on Tuesday, a move not seen since 1994.'), on('The Fed raised its rate by 75 basis points on Wednesday.'));
    expect(d.map((x) => `${x.kind}:${x.severity}`)).toContain('date:conflict');
  });
});

describe('"last night"', () => {
  it('is the evening before the day the report is dated', () => {
    const ref = new Date('2022-06-16T00:00:00Z');
    expect(findDates('The bank raised rates by 0.75 percentage points last night.', ref).map((d) => d.from)).toEqual(['2022-06-15']);
    expect(findDates('The bank yesterday raised rates.', ref).map((d) => d.from)).toEqual(['2022-06-15']);
  });
});

describe('days to come and weekends', () => {
  const friday = new Date('2023-10-27T00:00:00Z');
  it('a weekday or month-day in a clause about what is to come is the next such day, not the last', () => {
    expect(findDates('The council, which meets on Sunday, must approve it.', friday)[0]).toMatchObject({ from: '2023-10-29' });
    expect(findDates('The council meets in Detroit on Oct 29.', new Date('2023-10-26T00:00:00Z'))[0]).toMatchObject({ from: '2023-10-29' });
    expect(findDates('Workers walked out on Sunday.', friday)[0]).toMatchObject({ from: '2023-10-22' });
  });
  it('a weekend is its Saturday and Sunday', () => {
    expect(findDates('He toured the village last weekend.', new Date('2023-02-25T00:00:00Z'))[0]).toMatchObject({ from: '2023-02-18', to: '2023-02-19' });
  });
});

describe('a wire dateline', () => {
  it('is where the report was filed: its date dates nothing in the sentence', () => {
    const c = claim('DETROIT, Oct 26 (Lakeshore Newswire) – Ford and the union reached a deal on Wednesday night.');
    expect(c.dates.length).toBeGreaterThan(0);
    expect(c.dates.some((d) => /Oct/.test(d.text))).toBe(false);
    expect(c.quantities).toEqual([]);
  });
});

describe('a part of a day before its day', () => {
  it('"the evening of Friday, Jan. 5" is read as that day (chrono read the evening and lost the day)', () => {
    expect(findDates('Flight 1282 left Portland on the evening of Friday, Jan. 5, with 171 passengers.', new Date('2024-02-07T00:00:00Z'))).toMatchObject([{ from: '2024-01-05', to: '2024-01-05' }]);
  });
});

describe('ranges of dates (issue 21)', () => {
  const ref = new Date('2024-07-12T12:00:00Z');
  it('"between May 1 and Oct. 31, 2022" puts May 1 in 2022, not in the report\'s year', () => {
    const [may] = findDates('The records cover calls and texts between May 1 and Oct. 31, 2022.', ref);
    expect(may).toMatchObject({ from: '2022-05-01', to: '2022-05-01' });
  });
  it('"from May 1 to October 31, 2022" is every day of the range; a start month after the end month is the year before', () => {
    expect(findDates('The data covers the period from May 1 to October 31, 2022.', ref)[0]).toMatchObject({ from: '2022-05-01', to: '2022-10-31' });
    expect(findDates('The data covers the period from December 20 to January 5, 2023.', ref)[0]).toMatchObject({ from: '2022-12-20', to: '2023-01-05' });
  });
  it('an end before its start ("December 11-6") is no range: the day named first (a random-text property test found it ending before it began)', () => {
    expect(findDates('December 11-6', ref)[0]).toMatchObject({ from: '2023-12-11', to: '2023-12-11', granularity: 'day' });
  });
});

describe('the date of a saying', () => {
  it('is no date of the fact when the sentence dates the fact, and its day counts nothing', () => {
    expect(claim('Officials said on Thursday that the fire began on Tuesday.').dates.map((d) => d.text)).toEqual(['on Tuesday']);
    const c = claim('The company said on July 12 that the stolen logs covered about 109 million customer accounts.');
    // The only date: kept for comparing, but no matching feature and no count.
    expect(c.dates.map((d) => d.text)).toEqual(['July 12']);
    expect(c.features.some((f) => f.includes('07-12'))).toBe(false);
    expect(c.quantities.map((q) => q.value)).toEqual([109e6]);
    // So the figure meets another outlet's: one figure a side, close, a detail.
    expect(compareClaims(c, claim('That is more than 100 million people, according to the company.')).filter((d) => d.kind === 'number').map((d) => d.severity)).toEqual(['detail']);
  });
});

describe('a sentence dated only by its saying (session 34)', () => {
  const dates = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'date').map((d) => `${d.severity}: ${d.here} | ${d.there}`);
  it('is compared by that day, an announcement often being the event itself, but never as a contradiction', () => {
    expect(dates('Acme said on Thursday it had sold its bonds at a loss of $1.8 billion.', 'Acme sold its bonds at a loss of $1.8 billion late on Wednesday.')).toEqual(['detail: on Thursday | on Wednesday']);
    // The day a fact of another day was reported: a detail, not two outlets disagreeing.
    expect(dates('Officials said on Thursday that 53 people died in the fire.', '53 people died in the fire on Tuesday.')).toEqual(['detail: on Thursday | on Tuesday']);
  });
});

describe('a month and day without a year', () => {
  const ref = new Date('2023-10-06T00:00:00Z');
  it('is the coming day when it falls within weeks of the article, the past one otherwise', () => {
    expect(findDates('The season concludes on October 9 with the economics prize.', ref)[0]?.from).toBe('2023-10-09');
    expect(findDates('The award ceremony is set for December 10 in Oslo.', ref)[0]?.from).toBe('2023-12-10');
    expect(findDates('She died in custody on September 16.', ref)[0]?.from).toBe('2023-09-16');
    expect(findDates('The record was set on February 2.', ref)[0]?.from).toBe('2023-02-02');
  });
});

describe('two years', () => {
  it('alone on each side beside the same words are a date detail, never a conflict', () => {
    const d = compareClaims(claim('The next total eclipse visible from the country will not come until 2044.'), claim('The next total eclipse visible from the country will be until 2045.')).filter((x) => x.kind === 'date');
    expect(d.map((x) => x.severity)).toEqual(['detail']);
    // Beside other words: two events' years.
    expect(compareClaims(claim('The bridge opened in 1977 to traffic.'), claim('The ship was built in 2015 in Korea.')).filter((x) => x.kind === 'date')).toEqual([]);
  });
});

describe('a weekday alone against a full date, and a date in an aside (session 32)', () => {
  const on = (text: string, date: string) => extractClaims(text, 'x', new Date(date))[0]!;
  const dateDiffs = (a: string, b: string, date = '2022-10-21') => compareClaims(on(a, date), on(b, date)).filter((d) => d.kind === 'date').map((d) => d.severity);
  it('a weekday whose week was inferred is the same weekday told in full a week away: a detail, not a contradiction', () => {
    // Friday's report: "on Monday" read as the Monday before; the other outlet names the Monday after.
    expect(dateDiffs('Nominations close at 2pm on Monday.', 'Nominations close on Monday, 24 October, at 2 pm.')).toEqual(['detail']);
    // Two different weekdays still differ.
    expect(dateDiffs('Nominations closed at 2pm on Monday.', 'Nominations closed on Tuesday, 18 October, at 2 pm.')).toEqual(['conflict']);
  });
  it('a date inside a relative clause dates the clause, not the main act', () => {
    expect(dateDiffs('On Thursday, the newspaper declared the lettuce the winner.', 'The tabloid, which last week began streaming a lettuce, declared the vegetable the winner.')).toEqual(['detail']);
  });
});

describe('a date set off by commas inside a sentence (session 33)', () => {
  const on = (text: string) => extractClaims(text, 'x', new Date('2024-12-30'))[0]!;
  const dateDiffs = (a: string, b: string) => compareClaims(on(a), on(b)).filter((d) => d.kind === 'date').map((d) => d.severity);
  it('dates the clause before it as well as the one after: two end dates of one mourning period cannot both be true', () => {
    expect(dateDiffs('The president declared seven days of national mourning, until January 4, and designated the town a disaster zone.', 'The acting president declared a national mourning period until 5 January.')).toEqual(['conflict']);
    // Beside other words on both sides it still dates another act.
    expect(dateDiffs('The council met for an hour, on January 4, and approved the budget.', 'The acting president declared a national mourning period until 5 January.')).toEqual(['detail']);
  });
});

describe('a date in the possessive (session 33)', () => {
  it('"before Saturday\'s match" dates the match, not what the sentence says happened: a detail at most', () => {
    const on = (text: string) => extractClaims(text, 'x', new Date('2017-08-04'))[0]!;
    const dateDiffs = (a: string, b: string) => compareClaims(on(a), on(b)).filter((d) => d.kind === 'date').map((d) => d.severity);
    expect(dateDiffs('He will be introduced to supporters at the stadium before Saturday\'s match.', 'He will be introduced to supporters at the stadium on Friday.')).toEqual(['detail']);
    expect(dateDiffs('He will be introduced to supporters at the stadium on Saturday.', 'He will be introduced to supporters at the stadium on Friday.')).toEqual(['conflict']);
  });
});

describe('"a week tomorrow" (session 33)', () => {
  it('is that day a week on, in British usage', () => {
    const on = (text: string) => extractClaims(text, 'x', new Date('2017-08-05'))[0]!;
    expect(on('His debut is likely to come a week tomorrow.').dates.map((d) => [d.text, d.from])).toEqual([['a week tomorrow', '2017-08-13']]);
    expect(on('His debut is likely to come tomorrow.').dates.map((d) => [d.text, d.from])).toEqual([['tomorrow', '2017-08-06']]);
  });
});

describe('times of day compared by the time they tell (session 32)', () => {
  const on = (text: string) => extractClaims(text, 'x', new Date('2022-07-23'))[0]!;
  const dateDiffs = (a: string, b: string) => compareClaims(on(a), on(b)).filter((d) => d.kind === 'date').map((d) => `${d.here} | ${d.there}`);
  it('one time written two ways is no difference; two times are', () => {
    expect(dateDiffs('The gang struck at 9.30am on Sunday.', 'The gang struck on Sunday at 9h30.')).toEqual([]);
    expect(dateDiffs('Police got the first call at 10:15 p.m. on Saturday.', 'The first call came at 22:15 on Saturday.')).toEqual([]);
    expect(dateDiffs('She announced it at a press conference around 7.30pm on Saturday.', 'She announced it at a press conference at 15.00 hours.')).toEqual(['7.30pm | 15.00hours']);
  });
});

describe('a dateline place', () => {
  it('is the capitals before the dash or the date, with or without a date, and nothing else', () => {
    const place = (t: string) => t.slice(0, datelinePlaceEnd(t));
    expect(place('MAE SAI, Thailand - The last four boys were freed.')).toBe('MAE SAI');
    expect(place('BALTIMORE, March 26 (Meridian) – Six members of a road crew were presumed dead.')).toBe('BALTIMORE');
    expect(place('KYIV, Ukraine (AP) — Russia said on Monday.')).toBe('KYIV');
    expect(place('SAN FRANCISCO, Calif. - Apple said.')).toBe('SAN FRANCISCO');
    expect(place('A - list of the dead was released.')).toBe('');
    expect(place('FBI, CIA and NSA - all three agencies declined to comment.')).toBe('');
    expect(place('NASA said on Monday - it will launch.')).toBe('');
  });
});

describe('a range opened by a day before its month', () => {
  it('"from 1 May to 31 October 2022" is those days of 2022, not one o\'clock in May of the article\'s year', () => {
    const [d] = findDates('The logs cover the period from 1 May to 31 October 2022.', new Date('2024-07-13'));
    expect(d).toMatchObject({ from: '2022-05-01', to: '2022-10-31' });
  });
});
