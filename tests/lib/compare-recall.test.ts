import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../lib/compare/compare';
import { claim } from '../helpers';
import { extractClaim } from '../../lib/claims/extract';
import type { Claim } from '../../lib/claims/schema';

/** Kind and severity of every difference the reader is shown for two sentences stating one fact. */
const diffs = (a: string, b: string) => compareClaims(claim(a), claim(b)).map((d) => `${d.kind}:${d.severity}`);
const of = (kind: string, a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === kind);

describe('figures that name nothing they count (issue 21)', () => {
  it('a bare figure and a count of the same crowd are a number detail, never a conflict', () => {
    const d = of('number', 'The match at the stadium was watched by a crowd of 88,966.', 'A crowd of more than 88,000 watched the match.');
    expect(d.map((x) => `${x.severity} ${x.here} | ${x.there}`)).toEqual(['detail 88,966 | more than 88,000 watched']);
  });
  it('"14 people" pulled from the water and "more than a dozen people" pulled from it are a detail', () => {
    expect(diffs('The Coast Guard said it had pulled 14 people from the ocean.', 'The Coast Guard said more than a dozen people were pulled from the water.')).toContain('number:detail');
  });
  it('still never compares the killed with the injured, nor a bare figure with one of another clause', () => {
    expect(of('number', 'The attack killed two civilians.', 'The attack injured five civilians.')).toEqual([]);
    expect(of('number', 'The storm flooded 40 homes, officials said.', 'Officials counted 12 boats lost at sea.')).toEqual([]);
  });
  it('an amount restated in another currency in brackets carries the first amount\'s context', () => {
    const d = of('number', 'The government has put the cost of the mission at about 6.15 billion rupees ($74 million).', 'The mission cost about 615 crore rupees, roughly $75 million.');
    expect(d.map((x) => `${x.here} | ${x.there}`)).toEqual(['$74 million | roughly $75 million']);
  });
  it('a share written as a fraction is compared with a percentage of the same thing, as a detail', () => {
    expect(of('number', 'Shares of the utility lost about a third of their value on Monday.', 'The utility’s shares lost 34 percent of their value on Monday.').map((d) => `${d.severity} ${d.here} | ${d.there}`)).toEqual(['detail about a third | 34 percent of their value']);
    expect(diffs('Profit was cut in half.', 'Profit fell 52%.')).toEqual(['number:detail']);
    // A fraction of a unit is an amount, not a share.
    expect(of('number', 'The bank raised its rate by three-quarters of a point.', 'Inflation rose to 8.6%.')).toEqual([]);
  });
});

describe('tolls told by their own noun (issue 21)', () => {
  it('a bare toll is a count of the dead: "put its toll at 31" meets "27 people have died" as a number conflict', () => {
    expect(of('number', 'In Belgium, 27 people have died, the national crisis centre said.', "Belgium's national crisis centre put its toll at 31.").map((d) => `${d.severity} ${d.here} | ${d.there}`)).toEqual(['conflict 27 people | 31']);
    // An injury toll names itself, and is never compared with the dead.
    expect(of('number', 'In Belgium, 27 people have died, the national crisis centre said.', "Belgium's injury toll rose to 31.")).toEqual([]);
  });
  it('people "confirmed dead" or "feared dead" are counted by their death, not by the knowing', () => {
    expect(diffs('The number of people confirmed dead in the fire has risen to at least 99.', 'The fire killed 53 people.')).toContain('number:conflict');
    expect(of('number', 'Officials said 12 people were feared dead after the fire.', 'The fire injured 40 people.')).toEqual([]);
  });
  it('a toll that reached a mark is at least that many, a record that reached a value is exact', () => {
    expect(of('number', 'Germany mourns as the toll reaches 180.', 'The death toll tops 180.').filter((d) => d.severity === 'conflict')).toEqual([]);
    expect(of('number', 'The death toll was 180 on Friday.', 'The death toll was 210 on Friday.').map((d) => d.severity)).toEqual(['conflict']);
  });
});

describe('the clause that holds the shared figure carries its attribution (issue 21)', () => {
  it('"…exploded against a wall, and the agency said at least 120 people had been killed" is attributed where the toll is', () => {
    expect(diffs('A jet skidded off the runway at the airport on Sunday and exploded against a wall, and the national fire agency said at least 120 people had been killed.', 'A jet crashed at the airport on Sunday, killing 179 of the 181 people on board.')).toContain('certainty:detail');
    // Figures of who reported ("two sources") carry no fact.
    expect(diffs('The name remains classified but two sources familiar with the intelligence confirmed to the paper that it refers to Acme, the report said.', 'The document does not name the buyer, however, two sources familiar with the intelligence have confirmed Acme as the buyer.')).toEqual(['certainty:detail']);
  });
});

describe('a place in a count (issue 21)', () => {
  it('"the 19th woman" against "the 18th woman", "his third marathon" against "the second marathon of his career" are number conflicts', () => {
    expect(of('number', 'She is the 19th woman to win the peace prize.', 'She became the 18th woman to win the peace prize.').map((d) => `${d.severity} ${d.here} | ${d.there}`)).toEqual(['conflict 19th woman | 18th woman']);
    expect(diffs('Berlin was only his third marathon.', 'Berlin was just the second marathon of his career.')).toContain('number:conflict');
  });
  it('parts of a whole, superlatives, days and "first" are no place in a count', () => {
    expect(of('number', 'He ran the second half of the race in under an hour.', 'He ran the first half of the race in 61 minutes.').filter((d) => d.severity === 'conflict')).toEqual([]);
    expect(of('number', 'It is the second largest city in the country.', 'It is the third largest city in the country.')).toEqual([]);
    expect(of('number', 'She won for the first time in her career.', 'She won for the second time in her career.')).toEqual([]);
    // A run and a count within a year are two counts; two runs are compared.
    expect(of('number', 'The bank raised its rate, its third increase this year.', 'The bank raised its rate, its fifth consecutive increase.')).toEqual([]);
    expect(of('number', 'The bank raised its rate, its fourth consecutive increase.', 'The bank raised its rate, its fifth consecutive increase.').map((d) => d.severity)).toEqual(['conflict']);
  });
});

describe('a group within the whole (issue 21)', () => {
  it('"the last four boys" is no other version of "all 12 boys", but two last groups are compared', () => {
    expect(of('number', 'All 12 boys and their coach have been rescued from the cave.', 'The last four boys and their coach were brought out of the cave on Tuesday.')).toEqual([]);
    expect(of('number', 'The last four boys and their coach were brought out of the cave on Tuesday.', 'The last five boys and their coach were brought out of the cave on Tuesday.').map((d) => d.severity)).toEqual(['conflict']);
  });
  it('a span of time is the span itself, whatever stands before it ("the final 19 minutes" / "17 minutes")', () => {
    expect(of('number', 'Engineers guided it down during the final 19 minutes of its descent.', 'The lander made the descent, 17 minutes of terror, alone.').length).toBeGreaterThan(0);
  });
});

describe('dates and times of day (issue 21)', () => {
  it('two named months for one decision are a date conflict; "last month" beside a named month is not', () => {
    expect(diffs('The Department of Defense decided in April not to respond.', 'In March 2020, the Department of Defense decided not to respond.')).toContain('date:conflict');
    expect(of('date', 'Last month, the chair had signaled smaller increases.', 'The chair signaled an increase at the next meeting, in July.').filter((d) => d.severity === 'conflict')).toEqual([]);
  });
  it('a deadline the other month falls after ("by March" / "in April") is a date detail', () => {
    expect(of('date', 'By March, the White House decided against taking action.', 'The White House decided in April not to act.').map((d) => d.severity)).toEqual(['detail']);
  });
  it('a time of day on one side, or two different times, is a date detail when both sentences place the event in time', () => {
    expect(of('date', 'The lander touched down on Wednesday.', 'The lander touched down on Wednesday at 6.04pm.').map((d) => `${d.severity} ${d.here} | ${d.there}`)).toEqual(['detail (no time of day) | 6.04pm']);
    // Told once: a date that already differs ("on Wednesday" / "on Wednesday evening at 6.04pm IST", a zoned clock) is the one difference.
    expect(of('date', 'The lander touched down on Wednesday.', 'The lander touched down on Wednesday evening at 6.04pm IST.')).toHaveLength(1);
    expect(diffs('The fire was declared contained on Tuesday morning.', 'The fire was declared contained shortly before 10am on Tuesday.')).toEqual(['date:detail']);
    // The same time written alike, or no time placed on one side at all: nothing.
    expect(of('date', 'The lander touched down at 6.04pm on Wednesday.', 'The lander touched down at 6.04pm on Wednesday.')).toEqual([]);
    expect(of('date', 'The lander touched down at 6.04pm.', 'The lander touched down safely.')).toEqual([]);
  });
});

describe('attribution read from the sentence\'s frame (issue 21)', () => {
  it('a trailing "…, the Agency (AGY) said" is an attribution the other, plain statement lacks', () => {
    expect(diffs('The lander steered itself down during the final descent, the Indian Space Research Organisation (ISRO) said.', 'The lander steered itself down during the final descent.')).toEqual(['certainty:detail']);
  });
  it('a trailing "according to …" covers every clause of its sentence', () => {
    expect(diffs('The fires spread rapidly, fanned by winds from the hurricane, which was passing far to the south, according to the National Weather Service.', 'The fires spread rapidly, fanned by winds from the hurricane.')).toEqual(['certainty:detail']);
  });
});

describe('one quotation in other words (issue 21)', () => {
  it('contractions and word forms do not hide that two outlets word one quotation differently', () => {
    expect(diffs('“Today I\'m sharing some of the most difficult changes we\'ve made in Meta\'s history,” he wrote.', '“Today I share some of the most difficult changes that we have made in the history of Meta”, he writes.')).toContain('quote:conflict');
  });
  it('a part of a long quotation, reworded, is the same quotation in other words', () => {
    expect(diffs('“I do not expect moves of this size to be common,” the chair told a press conference.', '"Clearly, the increase of today is an unusually big one, and I do not expect that movements of this size will be common", the chair declared.')).toContain('quote:conflict');
  });
  it('an excerpt quoted word for word is a detail (quoted in part), another quotation of the same speaker no quote difference', () => {
    expect(of('quote', '“India is on the Moon,” the chairman said.', 'The chairman announced that “we have achieved soft landing on the Moon, India is on the Moon”.').map((d) => d.severity)).toEqual(['detail']);
    expect(of('quote', 'He said the cuts were “the hardest decision of my career”.', 'He said the company would “keep hiring engineers next year”.')).toEqual([]);
  });
});

describe('judging and seeing as, read as attribution and hedge (session 32)', () => {
  const certainty = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'certainty').map((d) => d.severity);
  it('"The agency assessed the risk as moderate" attributes what the other states as fact', () => {
    expect(certainty('The risk worldwide is moderate, but it is high in Ruritania.', 'The Ruritanian Health Agency assessed the risk as moderate globally and high in Ruritania.')).toEqual(['detail']);
  });
  it('a conditional ("If the gains hold, the firm would be worth…") hedges what the other states flatly', () => {
    expect(certainty('If the after-hours gains hold on Thursday, Acme would be worth close to $1 trillion.', 'Acme is now worth close to $1 trillion after the gains.')).toEqual(['detail']);
    // "would" without a condition (reported speech) is no hedge here.
    expect(certainty('Acme said on Thursday it would be worth close to $1 trillion.', 'Acme said on Thursday it would be worth close to $1 trillion after the gains.')).toEqual([]);
  });
  it('"is seen as a frontrunner" hedges what the other states', () => {
    expect(certainty('Jane Roe, who warned about the plans, is seen as a frontrunner to succeed him.', 'Jane Roe, whose warnings now look prescient, is the frontrunner to succeed him.')).toEqual(['detail']);
  });
});

describe('a speaker\'s hedge inside a quotation (issue 21)', () => {
  it('a quoted "likely" one outlet keeps and the other drops is a certainty detail', () => {
    const d = of('certainty', 'The governor said the fire was “likely the largest natural disaster in state history.”', 'The governor called the fire the “biggest natural catastrophe of the history of the state”.');
    expect(d.map((x) => `${x.severity} ${x.here} | ${x.there}`)).toEqual(['detail “likely” (quoted) | (stated as fact)']);
  });
  it('the same hedge quoted by both is no difference', () => {
    expect(of('certainty', 'He said a rise “seems most likely” in July.', 'A rise “seems most likely” in July, he said.')).toEqual([]);
  });  it('"appeared to", "presumed" and a plan against the act are certainty details', () => {
    expect(of('certainty', 'In their haste, the thieves appeared to drop a ninth piece, which was found damaged near the museum.', 'The thieves dropped a ninth piece, which was found damaged near the museum.').map((d) => d.here)).toEqual(['appeared to']);
    expect(of('certainty', 'Four other workers are missing and presumed dead.', 'Four other workers died.').map((d) => d.here)).toEqual(['presumed']);
    expect(of('certainty', 'The agency planned to launch three rockets during the eclipse.', 'The agency launched three rockets during the eclipse.').map((d) => d.here)).toEqual(['planned to']);
  });
  it('one quotation with its speaker named and the same quotation without is no certainty difference; outside quotation marks an attribution still is', () => {
    expect(of('certainty', '"We have taken steps to close off the illegal access point," the company said.', '"We have taken measures to close the illegal access point."')).toEqual([]);
    expect(of('certainty', 'The company has taken steps to close off the illegal access point, it said.', 'The company has taken steps to close off the illegal access point.')).toHaveLength(1);
  });
  it('the month May and a leap that "added" billions are neither hedge nor source', () => {
    expect(of('certainty', 'The records cover calls made from May 1 to October 31.', 'The records cover calls made from 1 May to 31 October.')).toEqual([]);
    expect(of('certainty', 'Shares soared 24% on Thursday, a one-day leap that added about $184 billion to its value.', 'Shares soared 24% on Thursday, adding about $184 billion to its value.')).toEqual([]);
  });
});

describe('dates read against each report, figures rounded, opposites of one thing (issue 21)', () => {
  const dated = (text: string, day: string) => extractClaim({ text, start: 0, end: text.length, kind: 'body' }, `t-${day}`, 0, new Date(`${day}T12:00:00Z`));
  const dateSeverity = (a: Claim, b: Claim) => compareClaims(a, b).find((d) => d.kind === 'date')?.severity;
  it('"last week" in a report of Wednesday 29 November holds Tuesday 21 November: a date detail, not a conflict', () => {
    const a = dated('Since last week the trapped men had received hot food through a six-inch pipe.', '2023-11-29');
    const b = dated('On 21 November hot food reached the trapped men through a six-inch pipe.', '2023-11-29');
    expect(dateSeverity(a, b)).toBe('detail');
    const c = dated('Hot food reached the trapped men through a six-inch pipe on 2 November.', '2023-11-29');
    expect(dateSeverity(a, c)).toBe('conflict');
  });
  it('"yesterday" in a Friday report and "on Thursday" are one day told alike; a year one side writes out is still a detail', () => {
    const a = dated('He resigned yesterday, citing health reasons.', '2023-08-18');
    const b = dated('On Thursday he resigned, citing health reasons.', '2023-08-18');
    expect(dateSeverity(a, b)).toBeUndefined();
    const c = dated('The attack on the base came in December, officials said.', '2020-08-18');
    const d = dated('The attack on the base came in December 2019, officials said.', '2020-08-18');
    expect(dateSeverity(c, d)).toBe('detail');
  });
  it('a day outside the month the other report names is a date detail, never a conflict', () => {
    const a = dated('The regulator blocked the original deal on 26 April, citing cloud gaming.', '2023-10-13');
    const b = dated('The regulator had blocked the original deal in May, citing cloud gaming.', '2023-10-13');
    expect(dateSeverity(a, b)).toBe('detail');
    expect(compareClaims(a, b).filter((d) => d.severity === 'conflict')).toEqual([]);
  });
  it('a day in an aside converting a clock time into another zone may be the next day there: a detail, not a conflict', () => {
    const a = dated('Massa conceded defeat on Sunday night before the official results were released.', '2023-11-20');
    const b = dated('Massa recognised the defeat toward the 20.15 local hour (0.15 of Monday in Spain), before the official results.', '2023-11-20');
    expect(dateSeverity(a, b)).not.toBe('conflict');
    const c = dated('Massa conceded defeat on Monday before the official results were released.', '2023-11-20');
    expect(dateSeverity(a, c)).toBe('conflict');
  });
  it('a whole figure and a decimal that rounds to it are one figure at two precisions; one that does not round to it still conflicts', () => {
    const a = claim('His margin of 11 points was far wider than the polls had predicted.');
    const severity = (b: string) => compareClaims(a, claim(b)).find((d) => d.kind === 'number')?.severity;
    expect(severity('His margin of 11.39 points was far wider than the polls had predicted.')).toBe('detail');
    expect(severity('His margin of 12.4 points was far wider than the polls had predicted.')).toBe('conflict');
  });
  it('opposite verbs are a term conflict only about the same thing ("shares rose" / "shares fell"), not two objects of two verbs', () => {
    const terms = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'term');
    expect(terms('Shares rose 5% on the news.', 'Shares fell 5% on the news.')).toHaveLength(1);
    expect(terms('Investors cheered his pledges to open up the economy.', 'He has promised to dollarize the economy and close the central bank.')).toHaveLength(0);
  });
});

describe('spans told in words', () => {
  const numbers = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'number');
  it('"eight years" / "nearly a decade" differ in detail; "more than a century" / "more than 100 years" not at all', () => {
    expect(numbers('She has not seen her children for eight years.', 'She has not seen her children in nearly a decade.').map((d) => d.severity)).toEqual(['detail']);
    expect(numbers('It was the worst fire in more than a century.', 'It was the worst fire in more than 100 years.')).toHaveLength(0);
  });
});

describe('temperatures compared (issue 21)', () => {
  const numbers = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'number');
  it('one temperature in two scales is no difference; two records a hundredth of a degree apart conflict', () => {
    expect(numbers('The average reached 17.01 degrees Celsius on Monday.', 'The average reached 62.62 degrees Fahrenheit on Monday.')).toHaveLength(0);
    expect(numbers('The average reached 17.01 degrees Celsius on Monday.', 'The average reached 17.18 degrees Celsius on Monday.')[0]?.severity).toBe('conflict');
  });
  it('one reading in one scale at two precisions is a detail ("17.18C" / "17.2°C"), in two scales nothing', () => {
    expect(numbers('The record of 17.18C was set on Tuesday.', 'Tuesday set a record of 17.2°C.').map((d) => d.severity)).toEqual(['detail']);
    expect(numbers('The record of 17.2C was set on Tuesday.', 'Tuesday set a record of 62.9F.')).toHaveLength(0);
  });
  it('degrees without a scale are never a contradiction ("topping 100 degrees" / "above the 38 degrees")', () => {
    expect(numbers('Temperatures topped 100 degrees across Texas for weeks.', 'Temperatures stayed above the 38 degrees across Texas for weeks.').every((d) => d.severity === 'detail')).toBe(true);
  });
  it('a date\'s words are no swapped term ("early August" / "late July")', () => {
    expect(compareClaims(claim('The global average normally peaks in July or early August.'), claim('Global temperatures usually peak in late July.')).filter((d) => d.kind === 'term')).toHaveLength(0);
  });
});

describe('denials and parts read in their clause (issue 21)', () => {
  it('a denial is no contradiction of a sentence that lists the same things under its own negation', () => {
    const a = claim('The stolen data does not include the content of calls or texts, Social Security numbers, dates of birth or other personal information, AT&T said.');
    const b = claim('Neither the content of the calls and texts nor Social Security numbers or dates of birth were taken, the company said.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'certainty' && d.severity === 'conflict')).toHaveLength(0);
    expect(compareClaims(claim('No injuries were reported, officials said.'), claim('Two firefighters suffered injuries, officials said.')).find((d) => d.kind === 'certainty')?.severity).toBe('conflict');
  });
  it('two figures sharing one noun are parts of the whole another outlet counts ("7.6 million current and 65.4 million former" / "73 million current and former")', () => {
    const numbers = (x: string, y: string) => compareClaims(claim(x), claim(y)).filter((d) => d.kind === 'number');
    expect(numbers('The data set held information on about 7.6 million current and 65.4 million former account holders.', 'The data set held information on about 73 million current and former account holders.')).toHaveLength(0);
    expect(numbers('His margin, 11 points and more than three million votes, was wide.', 'It was a margin of almost 3 million votes, wider than any poll.')).toHaveLength(1);
  });
});

describe('a word or two quoted from a statement another outlet quotes whole', () => {
  const quotes = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'quote');
  it('is shown as quoted in part, a detail', () => {
    const d = quotes('The governor called the officers who stopped traffic "heroes."', '"These people are heroes, and they saved lives last night," the governor said of the officers.');
    expect(d.map((x) => [x.severity, x.here])).toEqual([['detail', '“heroes”']]);
  });
  it('is nothing when the words are not in the other quotation, or are only function words', () => {
    expect(quotes('The governor called the plan "reckless."', '"These people are heroes, and they saved lives last night," the governor said.')).toHaveLength(0);
    expect(quotes('The governor said "and so" twice.', '"These people are heroes, and so they saved lives," the governor said.')).toHaveLength(0);
  });
});

describe('shares told in words', () => {
  const numbers = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'number');
  it('"more than half of", "rose by a quarter" and "more than doubled" meet the percentage another outlet gives, as details', () => {
    expect(numbers("Solar farms were providing more than half of Spain's electricity.", "Solar power was supplying around 59% of Spain's electricity.").map((d) => [d.severity, d.here])).toEqual([['detail', 'more than half']]);
    expect(numbers('Arm shares rose by a quarter in their debut.', 'Arm shares closed 24.7% above their offer price in their debut.').map((d) => d.severity)).toEqual(['detail']);
    expect(numbers('Nvidia shares have more than doubled this year.', 'Nvidia shares have gained 109% this year.').map((d) => d.severity)).toEqual(['detail']);
  });
  it('"nearly half" is below a half and "about half" either side of it: shown side by side as a detail', () => {
    expect(numbers('The bank works with about half of all startups.', 'The bank works with nearly half of all startups.').map((d) => d.severity)).toEqual(['detail']);
  });
  it('a half that is no share ("half a point", "half an hour") is not read as 50%', () => {
    expect(numbers('Rates rose by half a point on Wednesday.', 'Rates rose by 50% on Wednesday.')).toHaveLength(0);
  });
});

describe('a vague amount against a figure', () => {
  const numbers = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'number');
  it('meets the other side\'s one figure within an order of magnitude, as a detail', () => {
    expect(numbers('About 15,000 police officers, soldiers and emergency workers have been deployed.', 'Thousands of soldiers, police officers and firefighters are helping.').map((d) => d.severity)).toEqual(['detail']);
    expect(numbers('Thousands of volunteers joined the search on Sunday.', 'Tens of thousands of residents joined the search on Sunday.').map((d) => d.severity)).toEqual(['detail']);
  });
  it('is not paired across orders of magnitude, or with killed against injured', () => {
    expect(numbers('Dozens of soldiers were sent to the coast.', 'More than 200,000 people were evacuated from the coast.')).toHaveLength(0);
    expect(numbers('Hundreds of people were killed in the crackdown.', 'About 500 people were injured in the crackdown.')).toHaveLength(0);
  });
});
