import { findRelativeTimes } from '../../lib/claims/durations';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../lib/claims/quantities';
import { extractClaims } from '../../lib/claims/extract';
import { conceptOf } from '../../lib/text/concepts';
import { parseNumberWords } from '../../lib/text/number-words';
import { compareClaims } from '../../lib/compare/compare';
import { claim } from '../helpers';

describe('findQuantities', () => {
  // What a figure counts is a general key: the concept of the noun after it, for people the event they
  // count (killed, died, death → `die`; injured, wounded → `injur`), money by currency, percentages, points.
  it.each([
    ['injured more than 70 others', 70, 'more-than', 'injur'],
    ['injured more than seventy others', 70, 'more-than', 'injur'],
    ['nearly 80 wounded', 80, 'about', 'injur'],
    ['114 dead', 114, 'exact', 'die'],
    ['53 people killed', 53, 'exact', 'die'],
    ['12 people died', 12, 'exact', 'die'],
    ['the death toll rose to 53', 53, 'exact', 'die'],
    ['the number of people killed climbed to 89', 89, 'exact', 'die'],
    // The count's subject, when the figure names nothing: "the dead", "deaths rise to".
    ['the number of the dead climbed to 31', 31, 'exact', 'die'],
    ['flood deaths rise to 143', 143, 'exact', 'die'],
    ['flood deaths have climbed to 143', 143, 'exact', 'die'],
    ['for at least half-a-dozen recent attacks', 6, 'at-least', conceptOf('attacks')],
    ['linked to at least six attacks', 6, 'at-least', conceptOf('attacks')],
    ['more than 40,000 homes', 40000, 'more-than', conceptOf('homes')],
    // A name or demonym before the noun says whose: it stays in the key.
    ['four personnel were injured', 4, 'exact', conceptOf('personnel')],
    ['four US personnel were injured', 4, 'exact', `${conceptOf('personnel')} of us`],
    ['up to $100,000 per soldier', 100000, 'up-to', 'money:usd'],
    ['$9.6bn', 9.6e9, 'exact', 'money:usd'],
    ['$9.6 billion', 9.6e9, 'exact', 'money:usd'],
    ['£1.2 million', 1.2e6, 'exact', 'money:gbp'],
    ['$400 million an hour', 4e8, 'exact', 'money:usd/hour'],
    ['inflation hit 8.6 per cent', 8.6, 'exact', 'percent'],
    ['a rise of 75 basis points', 0.75, 'exact', 'points'],
    ['a rise of 0.75 percentage points', 0.75, 'exact', 'points'],
    // A qualifier after the figure and its noun.
    ['the last 12 metres or so', 12, 'about', 'measure:length'],
    ['the final 18m or so', 18, 'about', 'measure:length'],
    ['100 homes or more', 100, 'at-least', conceptOf('homes')],
    ['50 homes or fewer', 50, 'up-to', conceptOf('homes')],
  ])('reads %j', (text, value, qualifier, counted) => {
    const found = findQuantities(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, qualifier, counted });
  });

  it('keys the noun by its concept, so a count of one thing never meets a count of another', () => {
    expect(conceptOf('attacks')).toBe(conceptOf('attack'));
    expect(findQuantities('six attacks')[0]?.counted).not.toBe(findQuantities('six homes')[0]?.counted);
  });

  it('a figure a noun is "of" counts that noun ("a crew of 21" is "21 crew members")', () => {
    const key = (t: string) => findQuantities(t)[0]?.counted;
    expect(key("The ship's crew of 21, all from India, stayed aboard.")).toBe(key('The 22 crew members, all from India, stayed aboard.'));
    // Not a participle ("made up of") nor a word for people.
    expect(key('a panel made up of 12, officials said')).toBe('unknown');
  });

  it('never counts the killed and the injured as one thing', () => {
    expect(findQuantities('The attack killed two civilians and injured more than 70 others.').map((q) => [q.value, q.counted])).toEqual([[2, 'die'], [70, 'injur']]);
    expect(findQuantities('a blast killing 12 and injuring 30').map((q) => [q.value, q.counted])).toEqual([[12, 'die'], [30, 'injur']]);
  });

  it('reads the event of people counted as "others" after the figure ("more than 75 others were injured")', () => {
    // As "more than 75 people were injured" is read: "others" stands for people, the participle after it is the event.
    expect(findQuantities('More than 75 people were injured.')[0]?.counted).toBe('injur');
    expect(findQuantities('More than 75 others were injured.')[0]?.counted).toBe('injur');
  });

  it('does not read a span of time as a count of the people of the verb before it', () => {
    // "killed two weeks after": two weeks, not two people killed.
    expect(findQuantities('Soleimani was killed two weeks after the attack.').map((q) => q.counted)).not.toContain('die');
  });

  it('reads a milliard as a thousand million, as a translation writes it ("209 milliards of dollars" is $209 billion)', () => {
    const [q] = claim('The bank held 209 milliards of dollars of assets at the end of 2022.').quantities;
    expect(q?.counted).toBe('money:usd');
    expect(q?.value).toBe(209e9);
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number');
    expect(num('The bank held 209 milliards of dollars of assets at the end of 2022.', 'The bank held $209 billion of assets at the end of 2022.')).toEqual([]);
  });
  it('reads "a million" and "half a million" as figures', () => {
    const [q] = findQuantities('More than a million spectators lined the course.');
    expect(q).toMatchObject({ value: 1_000_000, qualifier: 'more-than' });
    expect(findQuantities('Half a million people marched on Saturday.')[0]).toMatchObject({ value: 500_000 });
  });
  it('reads a decimal comma ("31,6 million", "99,16%") as a point, and a thousands comma as a separator', () => {
    expect(findQuantities('Some 31,6 million people live in the strip.')[0]).toMatchObject({ value: 31_600_000 });
    expect(findQuantities('Power was back for 99,16% of demand.')[0]).toMatchObject({ value: 99.16 });
    expect(findQuantities('It sold 2,500 cars.')[0]).toMatchObject({ value: 2500 });
  });
  it('reads "dozens" as a vague amount with an interval', () => {
    const [q] = findQuantities('injured dozens of others');
    expect(q).toMatchObject({ value: null, qualifier: 'vague', counted: 'injur', min: 24 });
  });

  it('reads "tens of thousands" and "hundreds of thousands" as their own ranges, not as "thousands"', () => {
    const [q] = findQuantities('Tens of thousands of homes lost power.');
    expect(q).toMatchObject({ qualifier: 'vague', counted: 'home', min: 20_000, max: 99_999 });
    const [r] = findQuantities('Hundreds of thousands of homes lost power.');
    expect(r).toMatchObject({ min: 200_000, max: 999_999 });
  });

  it('does not take years or the pronoun "one" for counts', () => {
    expect(findQuantities('in 2019, one of the officials said')).toEqual([]);
  });

  it('skips spans already read as dates', () => {
    expect(findQuantities('on December 11 the base', [{ start: 3, end: 14 }])).toEqual([]);
  });
});

describe('a decimal comma before any unit word', () => {
  it('reads "2,05 megajoules" as 2.05, not "05 megajoules"', () => {
    const q = findQuantities('These lasers delivered 2,05 megajoules on a capsule.');
    // Kept in joules, the unit of energy (2.05 megajoules).
    expect(q).toHaveLength(1);
    expect(q[0]?.value).toBeCloseTo(2.05e6, 3);
    // Three digits after the comma are thousands.
    expect(findQuantities('The plant employs 2,050 workers.').map((x) => x.value)).toEqual([2050]);
  });
});

describe('parseNumberWords', () => {
  it.each([['seventy-five', 75], ['two hundred and five', 205], ['half a dozen', 6], ['twelve', 12], ['three dozen', 36], ['two dozen', 24], ['banana', null]])('%s → %s', (w, v) => {
    expect(parseNumberWords(w)).toBe(v);
  });
});

describe('a duration told in two units', () => {
  it('is one figure in the smaller unit', () => {
    const q = findQuantities('He scored in just one minute and 37 seconds.');
    expect(q.map((x) => x.figure)).toEqual(['one minute and 37 seconds']);
    expect(q[0]?.value).toBeCloseTo(findQuantities('Messi scored after 97 seconds.')[0]?.value ?? 0, 9);
    expect(findQuantities('The outage lasted two hours and 15 minutes.')[0]?.value).toBeCloseTo(findQuantities('The outage lasted 135 minutes.')[0]?.value ?? 0, 9);
  });
  it('keeps a qualifier before its larger unit for the whole duration ("up to 4 minutes 26 seconds")', () => {
    const q = findQuantities('Totality lasted up to 4 minutes 26 seconds near the city.');
    expect(q.map((x) => [x.figure, x.qualifier])).toEqual([['up to 4 minutes 26 seconds', 'up-to']]);
    expect(q[0]?.max).toBeCloseTo((4 * 60 + 26) / 86_400, 9);
  });
});

describe('a duration told with "a" or "a half"', () => {
  const spans = (t: string) => findQuantities(t).map((q) => [q.figure, q.qualifier, q.counted]);
  it('reads halves and qualified articles as spans of time', () => {
    expect(spans('Totality lasted nearly four and a half minutes.')).toEqual([['nearly four and a half minutes', 'about', 'span']]);
    expect(spans('She has not seen them in nearly a decade.')).toEqual([['nearly a decade', 'about', 'span']]);
    expect(spans('He won by more than half a minute.')).toEqual([['more than half a minute', 'more-than', 'span']]);
    expect(findQuantities('Power returned after a day and a half.')[0]?.value).toBe(1.5);
  });
  it('leaves an unqualified article and a gap unread ("a week of talks", "a decade ago")', () => {
    expect(spans('The talks lasted a week.')).toEqual([]);
    expect(spans('A decade ago the plant closed.')).toEqual([]);
    expect(spans('Nearly half an hour after the blast, roads were shut.')).toEqual([]);
  });
});

describe('a gap in minutes or hours ("78 minutes later")', () => {
  it('is a time after an event, compared as one', () => {
    const later = (t: string) => findRelativeTimes(t).map((r) => [r.text, Math.round(r.minDays * 1440), Math.round(r.maxDays * 1440)]);
    expect(later('The update was pulled about 80 minutes later.')).toEqual([['about 80 minutes later', 64, 96]]);
    expect(later('The last worker was out less than an hour later.')).toEqual([['less than an hour later', 0, 60]]);
    expect(later('Hours after the blast, roads were shut.')[0]?.[2]).toBe(36 * 60);
  });
});

describe('measures with units', () => {
  it('are kept in one unit per dimension, so an altitude in metres meets the same in feet', () => {
    const [metres, feet] = findQuantities('The aircraft was climbing through about 4,900 metres (16,000ft).');
    expect(metres?.counted).toBe('measure:length');
    expect(feet?.counted).toBe('measure:length');
    expect((feet?.max ?? 0) >= (metres?.min ?? Infinity)).toBe(true);
  });
  it('a length per hour is a speed, however it is written', () => {
    const speeds = ['winds of more than 60 miles per hour', 'winds of more than 100 km/h', 'winds of more than 100km/h', 'winds of 76 kilometres an hour', 'winds of 47 mph'].map((t) => findQuantities(t)[0]);
    for (const q of speeds) expect(q?.counted).toBe('measure:speed');
    // 76 km/h and 47 mph are one speed (21.1 and 21.0 metres a second).
    expect(speeds[3]?.value).toBeCloseTo(speeds[4]?.value ?? 0, 0);
    expect(findQuantities('The town lies 30 km from the coast.')[0]?.counted).toBe('measure:length');
  });
  it('an "m" glued to a figure is metres before a dimension or a place in space, millions otherwise', () => {
    expect(findQuantities('It ploughed into a 4m-high concrete embankment.')[0]).toMatchObject({ value: 4, counted: 'measure:length' });
    expect(findQuantities('It stopped some 250m past the end of the runway.')[0]).toMatchObject({ value: 250, counted: 'measure:length' });
    expect(findQuantities('Hackers stole 110m customer records.')[0]?.value).toBe(110e6);
    expect(findQuantities('The fund lost $4m from the sale.')[0]).toMatchObject({ value: 4e6, counted: 'money:usd' });
  });
  it('a pound is a weight when the sentence weighs something, money otherwise', () => {
    expect(findQuantities('The 63-pound plug was found.')[0]?.counted).toBe('measure:mass');
    expect(findQuantities('He paid 63 pounds for it.')[0]?.counted).toBe('money:gbp');
  });
});

describe('spans of time', () => {
  it('are compared in days whatever their unit, so "six weeks" meets "41 days" as a detail and 40 days against 41 days contradicts', () => {
    const [weeks] = findQuantities('after nearly six weeks on strike');
    const [days] = findQuantities('a 41-day strike');
    expect(weeks?.counted).toBe(days?.counted);
    expect(days?.value).toBe(41);
    expect(weeks?.value).toBe(42);
  });
});

describe('numbers that are no counts', () => {
  it('a count opening a sentence after "Another" is a count, not a name\'s number', () => {
    expect(findQuantities('Another 76 people were injured, the fire chief said.').map((q) => q.value)).toEqual([76]);
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('Another 76 people were injured, the fire chief said.', 'Another 151 people were injured.')).toEqual(['conflict']);
  });
  it('a number inside a name ("Boeing 737", "MAX 9", "Flight 1282") counts nothing, and the count beside it still counts its noun', () => {
    const q = findQuantities('The FAA grounded 171 Boeing 737 MAX 9 jets after Flight 1282 lost a panel.');
    expect(q.map((x) => x.value)).toEqual([171]);
    expect(q[0]?.counted).toBe(conceptOf('jets'));
  });
  it('a possessive, a month or a title-case headline does not make a count a name', () => {
    expect(findQuantities('The airline grounded Alaska\'s 65 jets on Oct 6.').map((x) => x.value)).toContain(65);
    expect(findQuantities('Storm Kills 12 Across Northern Texas').map((x) => x.value)).toEqual([12]);
  });
  it('a figure something moved from is kept apart from the figure it moved to', () => {
    const [from, to] = findQuantities('Revenue rose to $2.04 billion from $1.62 billion.').sort((a, b) => b.start - a.start);
    expect(from?.counted).not.toBe(to?.counted);
  });
  it('"a year earlier" is no rate', () => {
    expect(findQuantities('from $1.62 billion a year earlier')[0]?.counted).not.toContain('/year');
  });
});

describe('temperatures (issue 21)', () => {
  const q = (text: string) => findQuantities(text);
  it('reads a temperature in Celsius, whichever scale it is written in, rounded to its written digits', () => {
    const [c, f] = q('The average reached 17.01 degrees Celsius (62.62 degrees Fahrenheit) on Monday.');
    expect(c?.counted).toBe('measure:temperature');
    expect(f?.counted).toBe('measure:temperature');
    expect(f?.value).toBeCloseTo(17.01, 2);
    const [glued] = q('It set a new record of 17.18C on Tuesday.');
    expect(glued?.counted).toBe('measure:temperature');
    expect(glued?.value).toBe(17.18);
  });
  it('keeps degrees without a scale, differences of temperature and angles apart from readings', () => {
    expect(q('Temperatures topped 100 degrees in Texas.')[0]).toMatchObject({ counted: 'measure:degrees', qualifier: 'more-than' });
    expect(q('June was 0.53 degrees Celsius above the 1991-2020 average.')[0]?.counted).toBe('measure:temperature-change');
    expect(q('It came down at roughly 69 degrees south.')[0]?.counted).not.toMatch(/temperature|degrees/);
  });
});

describe('approximate figures (issue 21)', () => {
  it('"about" reaches a twentieth either way; "nearly" and "almost" stay below the figure', () => {
    expect(findQuantities('about 30,000 vehicles a day')[0]).toMatchObject({ min: 28_500, max: 31_500 });
    expect(findQuantities('nearly 35,000 vehicles a day')[0]).toMatchObject({ min: 33_250, max: 35_000 });
  });
});

describe('figures as translations write them (issue 21)', () => {
  const read = (t: string) => findQuantities(t).map((q) => [q.value, q.qualifier]);
  it('points between groups of three digits are thousands; with a currency, a percentage or a scale they are decimals', () => {
    expect(read('Some 10.000 persons were mobilised around the site.')).toEqual([[10000, 'about']]);
    expect(read('The euro rose to $1.085 on Friday.')).toEqual([[1.085, 'exact']]);
    expect(read('The rate was set at 5.375% on Friday.')).toEqual([[5.375, 'exact']]);
    expect(read('The firm raised 1.125 billion dollars.')).toEqual([[1.125e9, 'exact']]);
  });
  it('a game\'s score is no figure; a range with its unit and a vote\'s split are', () => {
    expect(read("Argentina beat France 4-2 on penalties after the match ended 3-3.")).toEqual([]);
    expect(read('Spain sealed a 2-1 win.')).toEqual([]);
    expect(findQuantities('The remaining 10-12 metres were dug by hand.').map((q) => q.value)).toEqual([10, 12]);
    expect(findQuantities('The panel voted 10-1 in favour.').map((q) => q.value)).toEqual([10, 1]);
  });
  it('"for" a span "after" an event is how long it lasted, not a gap', () => {
    const a = claim('The jet was grounded for 20 months after the crashes.');
    const b = claim('The jet was grounded for almost two years after the crashes.');
    expect(a.relativeTimes).toEqual([]);
    expect(a.quantities.map((q) => Math.round(q.value ?? 0))).toEqual([609]);
    expect(compareClaims(a, b).map((d) => `${d.kind}:${d.severity}`)).toEqual(['number:detail']);
    expect(findRelativeTimes('The jet was grounded 20 months after the crashes.')).toHaveLength(1);
  });
  it('a pay rate "a week after tax" is no gap between two events', () => {
    expect(findRelativeTimes('He is reported to be earning about £515,000 a week after tax.')).toEqual([]);
    expect(findRelativeTimes('He will take home 30 million a year after taxes.')).toEqual([]);
    // A real gap still is one, figures nearby or not.
    expect(findRelativeTimes('The 40 workers left a week after the attack.').map((r) => r.text)).toEqual(['a week after']);
  });
  it('reads Indian digit grouping ("1,70,000" is 170,000)', () => {
    expect(read('About 1,70,000 party members will vote online.')).toEqual([[170_000, 'about']]);
    expect(read('The fine was Rs 12,50,000.')).toEqual([[1_250_000, 'exact']]);
  });
  it('a time taken in hours, minutes and seconds is a span; a clock with seconds is not', () => {
    const spans = (t: string) => findQuantities(t).filter((q) => q.counted === 'span').map((q) => [q.figure, Math.round((q.value ?? 0) * 86_400)]);
    expect(spans('She reached halfway in 1:00:48 and finished in 2:04:02.')).toEqual([['1:00:48', 3648], ['2:04:02', 7442]]);
    expect(spans('He was second with 2h04:02, ahead of the record of 2:01:09 that stood since 2022.')).toEqual([['2h04:02', 7442], ['2:01:09', 7269]]);
    expect(spans('The alarm sounded at 10:15:30 pm.')).toEqual([]);
    expect(spans('The first call came in at 22:15:30 GMT.')).toEqual([]);
    // Told in minutes by another outlet: the two are compared as one span.
    expect(compareClaims(claim('She went through halfway in just over 61 minutes.'), claim('She went through halfway in 1:00:48.')).map((d) => d.kind)).toEqual(['number']);
  });
  it('in an article that groups thousands with commas, a point before three digits is a decimal point', () => {
    const lengths = (text: string) => extractClaims(text, 'a', null).flatMap((c) => c.quantities).filter((q) => q.counted === 'measure:length').map((q) => q.value);
    // The same figure: 4.531 km beside "12,000 workers", 4,531 km in a translation that writes "10.000 persons".
    expect(lengths('About 12,000 workers built the road. The 4.531-km tunnel is part of it.')).toEqual([4531]);
    expect(lengths('Some 10.000 persons built the road. The 4.531-km tunnel is part of it.')).toEqual([4531000]);
  });
  it('a scale in the plural after a figure is the scale ("100 millions of litres"), and "surpasses the" bounds a figure', () => {
    expect(read('More than 100 millions of litres of water were pumped out.')).toEqual([[1e8, 'more-than']]);
    expect(read('Milei surpasses the 2.9 millions of votes of difference.')).toEqual([[2.9e6, 'more-than']]);
  });
  it('an age is its own key, in years', () => {
    const ages = (t: string) => findQuantities(t).map((q) => [q.counted, q.value]);
    expect(ages('Saman Kunan, a 38-year-old former diver, died.')).toEqual([['age', 38]]);
    expect(ages('Saman Kunan, 37, a retired diver, died.')).toEqual([['age', 37]]);
    expect(ages('He was sentenced to a term of 10 years in prison.').map(([k]) => k)).toEqual(['span']);
  });
});

describe('an earthquake’s magnitude (issue 21)', () => {
  const mags = (t: string) => findQuantities(t).filter((q) => q.counted === 'measure:magnitude').map((q) => q.value);
  it('reads a magnitude however it is written, and nothing else as one', () => {
    expect(mags('A magnitude 6.8 earthquake struck on Friday.')).toEqual([6.8]);
    expect(mags('The 7.0-magnitude quake struck at a depth of 10 km.')).toEqual([7]);
    expect(mags('A powerful earthquake of magnitude 7 shook the region.')).toEqual([7]);
    expect(mags('The quake measured 6.9 on the Richter scale.')).toEqual([6.9]);
    expect(mags('The quake struck 72 km southwest of the city.')).toEqual([]);
  });
  it('two magnitudes of one quake differ at their written digits: 6.8 and 7.0 conflict, 6.8 and 7 may be one rounded', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('A magnitude 6.8 earthquake struck central Morocco on Friday.', 'A magnitude 7.0 earthquake struck central Morocco on Friday.')).toEqual(['conflict']);
    expect(num('A magnitude 6.8 earthquake struck central Morocco on Friday.', 'A magnitude 7 earthquake struck central Morocco on Friday.')).toEqual(['detail']);
    expect(num('A magnitude 6.8 earthquake struck central Morocco on Friday.', 'A 6.8-magnitude earthquake struck central Morocco on Friday.')).toEqual([]);
  });
});

describe('a rate told over two periods (issue 21)', () => {
  const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
  it('"$400 million of goods an hour" is "$9.6 billion of goods a day": no difference; a rate far off still conflicts', () => {
    expect(num('The blockage is holding up $400 million of goods an hour.', 'The blockage is holding up $9.6 billion of goods a day.')).toEqual([]);
    expect(num('The blockage is holding up $400 million of goods an hour.', 'The blockage is holding up $12 billion of goods a day.')).toEqual(['conflict']);
  });
  it('a count with a period after its noun is still the count of that noun', () => {
    expect(findQuantities('It carried about 30,000 vehicles a day on the highway.').map((q) => q.counted)).toEqual([conceptOf('vehicles')]);
  });
});

describe('more translations’ figures (issue 21)', () => {
  it('"more of 100" is more than 100; "millions of gallons" and "100 millions of litres" are one volume told two ways', () => {
    const q = (t: string) => findQuantities(t).map((x) => [x.counted, x.qualifier]);
    expect(q('More of 100 millions of litres of water were pumped.')).toEqual([['measure:volume', 'more-than']]);
    expect(q('He wants more of the 100 seats.')).toEqual([[conceptOf('seats'), 'exact']]);
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('Crews pumped millions of gallons of water out of the cave.', 'More of 100 millions of litres of water were pumped out of the cave.')).toEqual(['detail']);
  });
});
