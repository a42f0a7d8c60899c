import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../lib/compare/compare';
import { claim } from '../helpers';
import { spellingKey } from '../../lib/text/spelling';

const diffs = (a: string, b: string) => compareClaims(claim(a), claim(b)).map((d) => `${d.kind}:${d.severity}`);

describe('compareClaims', () => {
  it('"more than 70" vs "more than 75" injured is a number detail: both can be true', () => {
    expect(diffs('The attack killed two civilians and injured more than 70 others.', 'The attack killed two civilians and injured more than 75 others.')).toEqual(['number:detail']);
    expect(diffs('The fire destroyed more than 40,000 homes.', 'The fire destroyed more than 41,000 homes.')).toEqual(['number:detail']);
    expect(diffs('Turnout was just over 76%.', 'Turnout was about 76%.')).toEqual(['number:detail']);
    expect(diffs('More than a million spectators lined the course.', 'About 1.7 million spectators lined the course.')).toEqual(['number:detail']);
  });
  it('two different exact figures of one count are a number conflict, as are intervals that cannot meet', () => {
    expect(diffs('53 people were killed in the fire.', '89 people were killed in the fire.')).toEqual(['number:conflict']);
    expect(diffs('Four US personnel were injured in the attack.', 'Two US personnel were injured in the attack.')).toEqual(['number:conflict']);
    expect(diffs('The fire destroyed at most 20 homes.', 'The fire destroyed more than 30 homes.')).toEqual(['number:conflict']);
  });
  it('two people\'s ages each: the ages of one name are set against each other, a contradiction', () => {
    expect(diffs('The two survivors, Jane Roe, 33, and Mary Doe, 25, were found in the tail.', 'The two survivors, Jane Roe(33) and Mary Doe(22), were found in the tail.')).toContain('number:conflict');
  });
  it('a name after a word is not a kind of thing that word narrows: two prices of one sale contradict', () => {
    expect(diffs('A planned $40 billion sale of Arm to Acme collapsed in February 2022.', 'An agreement to sell Arm to chip giant Acme for about $66 billion fell through in February 2022.')).toContain('number:conflict');
  });
  it('an act told with a plural object and no article still has its doer: two people meeting the regulators are set side by side', () => {
    expect(diffs('Central bank chief Jane Roe met banking regulators on Friday.', 'Finance minister John Doe met regulators on Friday.')).toContain('actor:detail');
  });
  it('two overlapping excerpts of one statement are quoted in part, not a contradiction', () => {
    expect(diffs('The navy wrote: "We are not sure if this is a miracle, a science, or what. All the 13 boys are now out of the cave."', 'The navy posted: "All the 13 boys are now out of the cave. Hooyah!"')).not.toContain('quote:conflict');
    // Reworded, not cut: still a contradiction.
    expect(diffs('Jane Roe wrote: "It was transformative for me personally, and hopefully the world a little bit."', 'Jane Roe wrote: "It was transformative for me personally and hopefully a little bit for the world."')).toContain('quote:conflict');
  });
  it('"nearly 2 percent" is what a writer rounding 1.68 up writes; "nearly 100" is no 70', () => {
    expect(diffs('Acme shares fell nearly 2 percent on Friday.', 'Acme shares fell 1.68 per cent on Friday.')).toEqual(['number:detail']);
    expect(diffs('Nearly 100 people were hurt in the fire.', '70 people were hurt in the fire.')).toEqual(['number:conflict']);
  });
  it('a negation in a relative clause says which ones, it denies nothing the sentence states', () => {
    expect(diffs('Since May, cases multiplied in Europe among people who had not travelled to Africa.', 'Cases multiplied in Europe in May, long after the first patients travelled to Africa.')).not.toContain('certainty:conflict');
  });
  it('"some three dozen" cases meets "35 cases": a dozen multiplies the number before it', () => {
    expect(diffs('Acme said 35 cases of battery fires had been reported.', 'Acme had confirmed some three dozen cases of battery fires, its president said.')).not.toContain('number:conflict');
  });
  it('two speakers giving one figure differently contradict each other: who says it is not who it is about', () => {
    expect(diffs('Prime Minister Jane Roe said Acme lost about 15 gigawatts of generation in five seconds.', 'The utility Acme lost about 12 gigawatts of generation within five seconds, according to analysts at Globex.')).toContain('number:conflict');
  });
  it('a count told of an earlier moment ("at that point", "then") beside today\'s is a detail, not a contradiction', () => {
    const numbers = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('number'));
    expect(numbers('At that point there were 3,040 confirmed cases in 47 countries.', 'There are now more than 16,000 cases in 74 countries.')).not.toContain('number:conflict');
    expect(numbers('Then the outbreak counted some 3,000 cases in 47 countries.', 'There are now more than 16,000 cases in 74 countries.')).not.toContain('number:conflict');
    expect(numbers('There were 3,040 confirmed cases in 47 countries.', 'There are more than 16,000 cases in 74 countries.')).toContain('number:conflict');
  });
  it('a gap after an event and a span ending with it are one duration', () => {
    const numbers = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('number'));
    expect(numbers('Jane Roe died 119 days after becoming prime minister.', 'Jane Roe died after 118 days in office.')).toEqual(['number:conflict']);
    expect(numbers('Jane Roe resigned just 45 days after taking office.', 'Jane Roe resigned after just six weeks in office.')).toEqual(['number:detail']);
    expect(numbers('Jane Roe resigned 45 days after taking office.', 'Jane Roe resigned after 45 days in office.')).toEqual([]);
  });
  it('a figure of what would happen beside one of what happened is a detail at most', () => {
    expect(diffs('A cut in line with the global rate would put close to 400 jobs at risk.', 'Acme will cut more than 11,000 jobs.').filter((d) => d.startsWith('number'))).not.toContain('number:conflict');
    expect(diffs('Acme will cut close to 400 jobs.', 'Acme will cut more than 11,000 jobs.').filter((d) => d.startsWith('number'))).toEqual(['number:conflict']);
  });
  it('a time gained ("two hours quicker") is not set against a time taken', () => {
    const numbers = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('number'));
    expect(numbers('The second day\'s operation took nine hours.', 'The second day\'s operation was two hours quicker.')).toEqual([]);
    expect(numbers('The second day\'s operation was three hours quicker.', 'The second day\'s operation was two hours quicker.')).not.toEqual([]);
  });
  it('one measure converted and said "about" of its conversion is no difference', () => {
    const numbers = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('number'));
    expect(numbers('The plug weighs 63 pounds.', 'The plug weighs about 29 kilograms.')).toEqual([]);
    expect(numbers('The plug weighs 63 pounds.', 'The plug weighs about 35 kilograms.')).not.toEqual([]);
  });
  it('never a conflict when a side holds several figures of one kind: which goes with which is a guess', () => {
    expect(diffs('53 people were killed in Lahaina and 2 people were killed in Kula.', '89 people were killed in Lahaina.')).toEqual(['number:detail']);
  });
  it('never compares the killed with the injured', () => {
    const numbers = (x: string, y: string) => diffs(x, y).filter((d) => d.startsWith('number:'));
    expect(numbers('The attack killed two civilians.', 'The attack injured more than 70 others.')).toEqual([]);
    expect(numbers('The attack killed two civilians.', 'The attack injured five civilians.')).toEqual([]);
    // The same two counts of the killed do differ.
    expect(numbers('The attack killed two civilians.', 'The attack killed five civilians.')).toEqual(['number:conflict']);
  });
  it('"dozens" vs "more than 70" is a detail, not a conflict', () => {
    expect(diffs('injured more than 70 others.', 'injured dozens of others.')).toEqual(['number:detail']);
  });
  it('"six" vs "at least six" is a detail; "six" vs "half-a-dozen" agrees', () => {
    expect(diffs('the bounties led to six attacks.', 'payments linked to at least six attacks.')).toEqual(['number:detail']);
    expect(diffs('payments for at least half-a-dozen attacks.', 'payments for at least six attacks.')).toEqual([]);
  });
  it('"December 11" vs "December 2019" is a date detail', () => {
    expect(diffs('the attack on Bagram on December 11.', 'the December 2019 attack on Bagram.')).toEqual(['date:detail']);
  });
  it('killed after vs before the attack is an order conflict', () => {
    expect(diffs(
      'The US killed Qasem Soleimani in Iraq less than a month after the Bagram attack.',
      'Prior to the attack on Bagram, the US killed Qasem Soleimani in a drone strike in Baghdad.',
    )).toEqual(['order:conflict']);
    expect(diffs(
      'The US killed Qasem Soleimani less than a month after the Bagram attack.',
      'The Bagram attack took place less than a month before US Gen. Qassem Soleimani was killed.',
    )).toEqual([]);
  });
  it('one event set before and after the same other event, named in words, is an order conflict', () => {
    expect(diffs(
      'Acme conceded defeat before official results were released.',
      'Acme conceded at about 11pm, once the first official results showed it trailing badly.',
    ).filter((d) => d.startsWith('order'))).toEqual(['order:conflict']);
    // Not two different events of the sentences ("draped a cloak" / "expected to retire"), nor two dated ones.
    expect(diffs(
      'The emir draped a black cloak over his shoulders before the captain lifted the trophy.',
      'He is widely expected to retire after finally lifting the trophy at his fifth attempt.',
    ).filter((d) => d.startsWith('order'))).toEqual([]);
    expect(diffs(
      'The bank raised its rate, following a quarter-point rise in March.',
      'The bank raised its rate today, before the central bank raised rates by a quarter point on Thursday.',
    ).filter((d) => d.startsWith('order'))).toEqual([]);
  });
  it('two events swapped around the same connective are an order conflict', () => {
    const order = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('order'));
    expect(order(
      'After visiting the flooded street on Sunday morning, the mayor declared a state of emergency until May 5.',
      'The mayor, who visited the flooded street on Sunday after declaring a state of emergency until 5 May, called the flood a disaster.',
    )).toEqual(['order:conflict']);
    // One word in common each way is as often the story's word as the event's: no order read.
    expect(order(
      'The main shipping channel was fully reopened on Monday, 11 weeks after the collapse of the bridge blocked it.',
      'Collapses bridge in Ruritania after the impact of a cargo ship',
    )).toEqual([]);
  });
  it('reads "and then" as an order, and a person going to one place told in other words', () => {
    const order = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('order'));
    expect(order(
      "The prime minister, Jane Roe, spent Monday afternoon at Acme Grid's control centre, and then chaired a crisis meeting at the Ruritania palace.",
      "After presiding over an emergency meeting at the Ruritania palace, Jane Roe went to the headquarters of Acme Grid.",
    )).toEqual(['order:conflict']);
    // "then" after a subject alone follows the sentence before: no order within the sentence.
    expect(order(
      'The Emir of Ruritania, Sheikh John Doe, then draped a black cloak over his shoulders and handed him the trophy.',
      "The emir draped a traditional cloak over the captain's shoulders before the captain lifted the trophy.",
    )).toEqual([]);
  });
  it('a word or two quoted inside the other side\'s quotation is quoted in part, also beside another quotation', () => {
    const quote = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('quote'));
    expect(quote(
      'Jane Roe said the outage was "not a security incident or cyberattack" and later said she was "deeply sorry" for the disruption.',
      '"We\'re deeply sorry for the impact that we\'ve caused to customers," Jane Roe told a broadcaster.',
    )).toEqual(['quote:detail']);
  });
  it('a quotation with words left out at an ellipsis is quoted in part, not other words', () => {
    const quote = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('quote'));
    expect(quote(
      '"I recognise ... given the situation, I cannot deliver the mandate on which I was elected," she said.',
      '"I recognise though, given the situation, I cannot deliver the mandate on which I was elected," Jane Roe said.',
    )).toEqual(['quote:detail']);
    // Pieces that are not the other's words still differ.
    expect(quote(
      '"I recognise ... given the situation, I will deliver the mandate on which I was elected," she said.',
      '"I recognise though, given the situation, I cannot deliver the mandate on which I was elected," Jane Roe said.',
    )).toEqual(['quote:conflict']);
  });
  it('reads the order of events whatever title or first name a person is given', () => {
    // "General Qasem Soleimani" (three capitalised words, so also an acronym) is Soleimani, as "Qasem Soleimani" is.
    expect(diffs(
      'The US killed General Qasem Soleimani less than a month after the Bagram attack.',
      'Prior to the attack on Bagram, the US killed Qasem Soleimani.',
    )).toEqual(['order:conflict']);
  });
  it('a decision told with a noun ("made the decision", "was taken by") is read as who decided', () => {
    const actor = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('actor'));
    expect(actor('Jane Roe made the decision herself after the committee failed to agree.', 'The decision was made by John Doe on Saturday.')).toEqual(['actor:conflict']);
    expect(actor('The agency\'s chief, Jane Roe, took the decision personally.', 'The decision was taken by the agency\'s emergency committee, which met on Thursday.')).toEqual(['actor:detail']);
    expect(actor('Jane Roe made the decision herself.', 'The decision was made by Jane Roe on Saturday.')).toEqual([]);
  });
  it('an act told with an irregular past verb ("paid", "took", "sold") names who did it', () => {
    const actor = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('actor'));
    expect(actor('Acme Rovers paid the player\'s release clause of 222 million euros on Thursday.', 'Globex Holdings paid the player\'s release clause of 222 million euros on Thursday.')).toEqual(['actor:detail']);
    expect(actor('Acme Rovers paid the player\'s release clause of 222 million euros on Thursday.', 'Acme Rovers paid the player\'s release clause of 222 million euros on Thursday evening.')).toEqual([]);
  });
  it('a name set off by commas before its verb ("The ship\'s owner, Acme Marine, said") is who said it', () => {
    const actor = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('actor'));
    expect(actor('The ship\'s owner, Acme Marine, said all 22 crew members had been accounted for.', 'All 22 crew members had been accounted for, the Ruritanian Embassy said.')).toEqual(['actor:detail']);
    expect(actor('The ship\'s owner, Acme Marine, said all 22 crew members had been accounted for.', 'All 22 crew members had been accounted for, Acme Marine said.')).toEqual([]);
  });
  it('a body deciding after a time phrase or with an adverb before its verb, and "decreed", are read as who decided', () => {
    const actor = (a: string, b: string) => diffs(a, b).filter((d) => d.startsWith('actor'));
    expect(actor('On Monday the ministry also ordered emergency inspections of all 101 jets.', 'Today Jane Roe ordered an emergency inspection of all 101 jets.')).toEqual(['actor:detail']);
    expect(actor('The Interior Ministry declared a national emergency in three regions.', 'The Ruritanian Government decreed a national emergency in three regions.')).toEqual(['actor:detail']);
  });
  it('White House vs Department of Defense deciding is an actor conflict', () => {
    expect(diffs('by March, the White House decided against taking action.', 'In March 2020, the Department of Defense decided not to take action.')).toContain('actor:conflict');
  });
  it('different bodies doing different acts is only a detail', () => {
    expect(diffs('National Security Council officials recommended against a strike.', 'The Department of Defense decided not to act.')).toEqual(['actor:detail']);
  });
  it('bodies that say or recommend the same thing differ in detail only; a decision given to two bodies conflicts', () => {
    expect(diffs('In late March, National Security Council officials said they should not take any steps.', 'In March, the Department of Defense decided not to take any specific action.')).toContain('actor:detail');
    expect(diffs('The Pentagon said Iran offered bounties.', 'The State Department said Iran offered bounties.')).toEqual(['actor:detail']);
    expect(diffs('The Pentagon recommended against a strike.', 'The White House recommended against a strike.')).toEqual(['actor:detail']);
    // Any act told in the past tense with its object: two doers of one act, a detail.
    expect(diffs('The Coast Guard suspended the search on Tuesday.', 'The Maryland State Police suspended the search on Tuesday.')).toEqual(['actor:detail']);
    expect(diffs('Fire Chief Jane Roe lifted the evacuation order.', 'Governor John Doe lifted the evacuation order.')).toEqual(['actor:detail']);
    // Not what happened to a name ("crashed on landing"), nor a passive.
    expect(diffs('A jet returning from Bangkok crashed on landing.', 'An Acme Air jet crashed on landing.').filter((d) => d.startsWith('actor'))).toEqual([]);
    expect(diffs('Acme was fined the maximum amount.', 'Globex was fined the maximum amount.').filter((d) => d.startsWith('actor'))).toEqual([]);
  });
  it('one quotation worded differently is a quote conflict; case and U.S. spelling are not', () => {
    expect(diffs('the funding “is likely to incentivize future high-profile attacks on US and coalition forces.”', 'the funding “is likely to stimulate future high-profile attacks on U.S. and coalition forces.”')).toEqual(['quote:conflict']);
    expect(diffs('the funding “is likely to incentivize future attacks on US and coalition forces.”', 'the funding “is likely to incentivize future attacks on U.S. and Coalition forces.”')).toEqual([]);
  });
  it('a WordNet antonym is a term conflict; another word in the same slot is not reported (mostly a synonym)', () => {
    expect(diffs('Unemployment increased in March.', 'Unemployment decreased in March.')).toEqual(['term:conflict']);
    expect(diffs('The automaker recalled 2,000 cars on Monday.', 'The carmaker recalled 2,000 cars on Monday.')).toEqual([]);
    expect(diffs('US forces in Kabul were attacked.', 'US troops in Kabul were attacked.')).toEqual([]);
  });
  it('reads inflections of one word as that word: "paid" vs "pays" is no swapped term, "rose" vs "fell" are opposites', () => {
    expect(diffs('The company paid its workers on Friday.', 'The company pays its workers on Friday.')).toEqual([]);
    expect(diffs('Prices rose sharply in May.', 'Prices fell sharply in May.')).toEqual(['term:conflict']);
  });
  it('a hedge or attribution dropped is a certainty detail', () => {
    expect(diffs('The Haqqani network may have received payments from Iran.', 'Bounties were paid to the Haqqani network by Iran.')).toEqual(['certainty:detail']);
    expect(diffs('Iran offered bounties, according to CNN.', 'Iran offered bounties.')).toEqual(['certainty:detail']);
    // Offered vs paid is no certainty of its own (no story's verbs in the certainty model).
    expect(diffs('Iran offered bounties to the Taliban.', 'Iran paid bounties to the Taliban.').filter((d) => d.startsWith('certainty'))).toEqual([]);
  });
  it('"in March" vs "by March", and vs "In March 2020", are date details; the same date written alike is not', () => {
    expect(diffs('The decision was made in March.', 'By March, the decision was made.')).toEqual(['date:detail']);
    expect(diffs('The decision was made in March.', 'In March 2020, the decision was made.')).toEqual(['date:detail']);
    expect(diffs('The decision was made in March 2020.', 'In March 2020, the decision was made.')).toEqual([]);
  });
  it('"arguably" and "a document showed" are certainty the other side lacks', () => {
    expect(diffs('The White House decided not to act, arguably to protect the peace talks.', 'The White House decided not to act to protect the peace talks.')).toEqual(['certainty:detail']);
    expect(diffs('A Pentagon briefing document showed that bounties were paid by a foreign government.', 'Bounties were paid by a foreign government.')).toEqual(['certainty:detail']);
  });
  it('a company that says, admits or discloses a fact, and a headline frame without an article, are attributions', () => {
    const plain = 'Hackers stole call records of nearly all its mobile customers.';
    expect(diffs('AT&T says hackers stole call records of nearly all its mobile customers.', plain)).toEqual(['certainty:detail']);
    expect(diffs('Acme admits hackers stole call records of nearly all its mobile customers.', plain)).toEqual(['certainty:detail']);
    expect(diffs('Hackers stole call records of nearly all its mobile customers, company says', plain)).toEqual(['certainty:detail']);
    expect(diffs('Hackers stole call records of nearly all its mobile customers, officials say', plain)).toEqual(['certainty:detail']);
    expect(diffs('More than 20 people were hurt, organizers said.', 'Organisers said more than 20 people were hurt.').filter((d) => d.startsWith('certainty'))).toEqual([]);
  });
  it('a speaker opening the sentence, named with an apposition, by a pronoun or a plural noun, is an attribution', () => {
    const plain = 'About 109 million customer accounts were affected.';
    // Sentence-initial: "The company said" was read only in lower case until session 27.
    expect(diffs('The company said about 109 million customer accounts were affected.', plain)).toEqual(['certainty:detail']);
    expect(diffs('Jane Roe, the company\'s chief executive, said about 109 million customer accounts were affected.', plain)).toEqual(['certainty:detail']);
    expect(diffs('On Saturday it said about 109 million customer accounts were affected.', plain)).toEqual(['certainty:detail']);
    expect(diffs('Investigators have pointed out that about 109 million customer accounts were affected.', plain)).toEqual(['certainty:detail']);
    expect(diffs('About 109 million customer accounts were affected, official results showed.', plain)).toEqual(['certainty:detail']);
    // Not a speaker: a count of the confirmed, "is said to".
    expect(diffs('The number of people confirmed dead rose to 12 on Monday.', 'The number of people killed rose to 12 on Monday.').filter((d) => d.startsWith('certainty'))).toEqual([]);
    expect(diffs('The bridge is said to be the longest in the state.', 'The bridge is the longest in the state.')).toEqual(['certainty:detail']);
  });
  it('"it is known that", a possessive speaker, "put the cost at" and records that show are attributions', () => {
    expect(diffs('It is known that the message was sent again after one minute.', 'The message was sent again after one minute.')).toEqual(['certainty:detail']);
    expect(diffs('Her family says she has a heart condition.', 'She has a heart condition.')).toEqual(['certainty:detail']);
    expect(diffs('The government has put the cost of the mission at about 6.15 billion rupees.', 'The mission cost about 6.15 billion rupees.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    expect(diffs('Records from the state emergency management agency show the sirens were not sounded.', 'The sirens were not sounded.')).toEqual(['certainty:detail']);
    // Not a speaker: a thing put somewhere.
    expect(diffs('Workers put the sandbags at the door of the hospital.', 'Workers placed sandbags at the hospital door.').filter((d) => d.startsWith('certainty'))).toEqual([]);
  });
  it('a body that identified someone as someone, or informed that, is the source of it', () => {
    expect(diffs('The Ruritania State Police identified them as Jane Roe, 35, and John Doe, 26.', 'The bodies of Jane Roe, 35, and John Doe, 26, were recovered.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    expect(diffs('The Secretariat of Foreign Relations informed that three nationals were among the missing.', 'Three nationals were among the missing.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
  });
  it('reports that suggest, say or indicate are an attribution, and "suggested" a hedge as "suggests" is', () => {
    expect(diffs('Reports on Friday suggested Acme had given up on raising money.', 'Acme had given up on raising money.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    expect(diffs('News reports said the talks had collapsed.', 'The talks had collapsed.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
  });
  it('a speaker after its verb at the clause end, as translations write it, and analysts who expect or experts who call it so, are attributions', () => {
    expect(diffs('The raid lasted seven minutes, has specified the minister of the Interior.', 'The raid lasted seven minutes.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    expect(diffs('Industry analysts expect little immediate change for gamers.', 'Little will change right away for gamers.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    expect(diffs('Some experts have called it the biggest IT outage in history.', 'It was the biggest IT outage in history.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    // Not a speaker: a verb with its object in the middle of a clause.
    expect(diffs('The minister informed the families of the victims on Tuesday.', 'The families of the victims heard from the minister on Tuesday.').filter((d) => d.startsWith('certainty'))).toEqual([]);
  });
  it('a relative clause or an "and" clause goes on reporting the speaker who opens the sentence; a "but" clause does not', () => {
    const plain = 'Faulty Acme update crashes computers worldwide';
    expect(diffs('Globex says 8.5 million devices were affected by the outage, which was caused by a faulty update from Acme that crashed computers worldwide.', plain)).toEqual(['certainty:detail']);
    expect(diffs('Globex says 8.5 million devices were affected, but a faulty update from Acme crashed computers worldwide.', plain).filter((d) => d.startsWith('certainty'))).toEqual([]);
    // A "but" with no subject of its own goes on with the clause before it, and its speaker.
    expect(diffs('The thieves took nine pieces, the ministry said, but dropped the crown near the museum.', 'The thieves dropped the crown near the museum.')).toContain('certainty:detail');
  });
  it('"unlikely" and "appear not to" are hedges', () => {
    expect(diffs('The length of the runway was unlikely to have been a factor in the crash.', 'The length of the runway was a factor in the crash.').filter((d) => d.startsWith('certainty'))).toEqual(['certainty:detail']);
    expect(diffs('Those warnings appear not to have reached many of the people in the valleys.', 'Those warnings reached many of the people in the valleys.').filter((d) => d.startsWith('certainty'))).not.toEqual([]);
  });
  it('hedges of a different kind are a certainty detail; hedges of one kind are not', () => {
    expect(diffs('US intelligence claims Iran paid the Taliban to kill American troops.', 'Iran may have paid the Taliban to kill American troops.')).toEqual(['certainty:detail']);
    expect(diffs('Iran may have paid the Taliban to kill American troops.', 'Iran probably paid the Taliban to kill American troops.')).toEqual([]);
  });
  it('reads a hedge or attribution only where the shared fact is stated', () => {
    // "likely" is about who paid, not about the name being classified.
    expect(diffs('The name of the foreign government that made these payments remains classified, but Iran is the likely suspect.', 'The name of the foreign government that made these payments remains classified.')).toEqual([]);
    // "the report said" covers the whole sentence; the other's sources confirm only the second fact.
    expect(diffs(
      'The name of the foreign government that made these payments remains classified but two sources familiar with the intelligence confirmed to CNN that it refers to Iran, the report said.',
      'The document does not explicitly name the attack’s financier, however, two sources familiar with the intelligence available have confirmed Iran as the actor responsible.',
    )).toEqual(['certainty:detail']);
  });
  it('a quotation opened in the sentence before is still compared', () => {
    expect(diffs('Iran has tried to use proxy groups to carry out its agenda,” they added.', '“Iran has tried to use proxy groups to advance its agenda,” a spokesperson said.')).toContain('quote:conflict');
  });
  it('a named part of a count, a recalled earlier event, one body under two names and "arriving from" are no contradiction', () => {
    // "173 South Korean passengers, two Thai nationals" counts a part of "175 passengers".
    expect(diffs('The jet had 175 passengers and six crew on board.', 'The jet carried 173 South Korean passengers, two Thai nationals and six crew.')).not.toContain('number:conflict');
    expect(diffs('The jet had 175 passengers on board.', 'The jet had 181 passengers on board.')).toContain('number:conflict');
    // The figure of the event a record recalls is that event's, unless the other sentence recalls it too.
    expect(diffs('It is the worst crash since 1997, when more than 200 people died in Guam.', 'The crash killed 179 people.').filter((d) => d.startsWith('number'))).toEqual([]);
    expect(diffs('It is the worst crash since 1997, when more than 200 people died in Guam.', 'It is the worst since a jet crashed in Guam in 1997, killing 228 people.')).toContain('number:detail');
    // Names sharing a word may be one body: a detail of who acted.
    expect(diffs('The European Union approved the deal in May.', 'The European Commission approved the deal in May.')).toEqual(['actor:detail']);
    expect(diffs('The White House decided not to act.', 'The Department of Defense decided not to act.')).toEqual(['actor:conflict']);
    // "arriving from Bangkok" says where the flight left.
    expect(diffs('The flight, arriving from Bangkok, had 175 passengers.', 'The flight had left Bangkok with 175 passengers.')).not.toContain('term:conflict');
  });
  it('a time in two precisions, a negation bounded by "until", and a meeting to come are no contradiction', () => {
    expect(diffs('Kiptum won the race in 2 hours and 35 seconds.', 'Kiptum won the race in two hours.')).not.toContain('number:conflict');
    expect(diffs('The race took 2 hours and 35 seconds.', 'The race took 2 hours and 40 seconds.')).toContain('number:conflict');
    expect(diffs('The games will not be added to Game Pass until next year.', 'The games will be added to Game Pass next year.')).not.toContain('certainty:conflict');
    expect(diffs('The games will not be added to Game Pass.', 'The games will be added to Game Pass next year.')).toContain('certainty:conflict');
    // A meeting to come ("meets this Sunday") is another event than the deal reached on Wednesday.
    expect(diffs('The union council meets this Sunday in Detroit to vote on the Ford deal.', 'The union reached a deal with Ford on Wednesday night.')).not.toContain('date:conflict');
  });
  it('two spans of one fact differ as a contradiction; a span that places something ("two minutes from the end") is no duration', () => {
    expect(diffs('The rights cover any game it releases over the next 15 years.', 'Microsoft agreed to license the rights to Ubisoft for 10 years.')).toContain('number:conflict');
    expect(diffs('Two minutes from the end of extra time Mbappé scored from the spot.', 'Mbappé scored from the spot at 118 minutes of extra time.').filter((d) => d.startsWith('number'))).toEqual([]);
  });
  it('two shares far apart are two shares, not one told twice', () => {
    expect(diffs('SoftBank retains a stake of about 90% in the company.', 'SoftBank bought the 25% stake in the company held by its fund.').filter((d) => d.startsWith('number'))).toEqual([]);
    expect(diffs('The shares closed up 24% on the day.', 'The shares closed up 26% on the day.')).toContain('number:conflict');
  });
  it('two dates beside different acts are a detail; one act dated twice is a conflict', () => {
    expect(diffs('About 8,700 workers at the truck plant walked out on October 11.', 'The union began its strike on September 15.')).not.toContain('date:conflict');
    expect(diffs('The regulator blocked the deal in April.', 'The regulator blocked the deal in May.')).toContain('date:conflict');
  });
  it('a denial of what the other states is a certainty conflict', () => {
    expect(diffs('No U.S. troops were harmed in the attack.', 'Four U.S. troops were harmed in the attack.')).toEqual(['certainty:conflict']);
    expect(diffs('No injuries were reported.', 'Two firefighters suffered injuries.')).toEqual(['certainty:conflict']);
  });
  it('a word negated by "non-" states nothing a denial could contradict', () => {
    expect(diffs('Hospitals switched to backup generators and suspended non-urgent operations.', 'The hospitals functioned with generators and postponed the surgeries not urgent.')).not.toContain('certainty:conflict');
    expect(diffs('Hospitals switched to backup generators and suspended urgent operations.', 'The hospitals functioned with generators and postponed the surgeries not urgent.')).toContain('certainty:conflict');
  });
  it('a denial over a choice, told with another noun, is contradicted by a count of one or more', () => {
    expect(diffs('No U.S. or coalition forces were wounded in the attack.', 'Four US personnel were injured in the attack.')).toContain('certainty:conflict');
    expect(diffs('No US or coalition troops were wounded in the attack.', 'Four US troops were injured in the attack.')).toContain('certainty:conflict');
    // Without a count on the other side, another noun is another thing.
    expect(diffs('No US or coalition forces were wounded in the attack.', 'Afghan civilians were wounded in the attack.')).not.toContain('certainty:conflict');
  });
  it('two denials of one thing, one of them in its subject ("names weren\'t included" / "Nor were names"), and a first told by "no one … before", are no conflict', () => {
    expect(diffs('Customer names weren\'t included, but the company warned that online tools can often match a phone number to a name.', 'Nor were names, although the company noted that a name can often be found by looking up a number with online tools.')).not.toContain('certainty:conflict');
    expect(diffs('Kiptum became the first man to run under 2:01 in a record-eligible race.', 'No one had run under 2:01 in a record-eligible race before.')).not.toContain('certainty:conflict');
    expect(diffs('It was the first total eclipse seen from the United States since August 2017.', 'No total eclipse had been seen from the United States since August 2017.')).not.toContain('certainty:conflict');
    expect(diffs('Some 31,6 million people live in the path.', 'An estimated 31.6 million people live in the path.')).not.toContain('number:conflict');
  });
  it('a negation of something else than the shared fact is no denial ("officials did not say when…")', () => {
    expect(diffs('The company did not comment on the layoffs.', 'The company will cut 11,000 jobs.')).toEqual([]);
    expect(diffs('Officials did not say when the attack began.', 'The attack began at dawn.')).not.toContain('certainty:conflict');
  });
  it('finds nothing when the two say the same', () => {
    expect(diffs('The attack killed two civilians.', 'Two civilians were killed in the attack.')).toEqual([]);
  });
});

describe('relative times', () => {
  it('"three weeks after" vs "less than a month after" is a date detail, as is "nearly two months" vs "shortly"', () => {
    expect(diffs('Soleimani was killed three weeks after the Bagram attack.', 'Soleimani was killed less than a month after the Bagram attack.')).toEqual(['date:detail']);
    expect(diffs('The report comes nearly two months after the Times report.', 'The report comes shortly after the Times report.')).toEqual(['date:detail']);
  });
  it('"two weeks" vs "three months" after is a date conflict, not also a count of the killed', () => {
    expect(diffs('Soleimani was killed two weeks after the Bagram attack.', 'Soleimani was killed three months after the Bagram attack.')).toEqual(['date:conflict']);
  });
});

describe('a figure for the whole world and one for a named place are two figures', () => {
  it('a worldwide headcount is not compared with a national one', () => {
    const world = claim('Right now the firm employs about 87,000 people around the world.');
    const local = claim('The firm employs about 3,000 people in Ireland, most at its Dublin headquarters.');
    expect(compareClaims(world, local).filter((d) => d.kind === 'number')).toEqual([]);
  });

  it('two figures for the same place still differ', () => {
    const a = claim('The firm employs about 3,000 people in Ireland.');
    const b = claim('The firm employs 4,500 people in Ireland.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'number')).toHaveLength(1);
  });
});

describe('a day word inside a quotation is the speaker’s day', () => {
  it('is not compared with the other outlet’s date of the event', () => {
    const quoted = claim('“Clearly, today’s increase is an unusually large one,” the bank’s governor told reporters.');
    const dated = claim('The bank raised its main rate by an unusually large margin on Sunday, the governor told reporters.');
    expect(compareClaims(quoted, dated).filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('outside a quotation it is still read against the article’s date', () => {
    const said = claim('The bank raised its main rate by an unusually large margin today, the governor told reporters.');
    const dated = claim('The bank raised its main rate by an unusually large margin on Sunday, the governor told reporters.');
    expect(compareClaims(said, dated).filter((d) => d.kind === 'date')).not.toEqual([]);
  });
});

describe('figures placed in different states are two figures', () => {
  it('a national toll is not compared with a two-country toll', () => {
    const national = claim('The number of people killed by floods in Germany has risen to 143.');
    const both = claim('More than 180 people have died in Germany and Belgium since the rivers burst their banks.');
    expect(compareClaims(national, both).filter((d) => d.kind === 'number')).toEqual([]);
  });

  it('a state that pays or fights, not a place, does not set the figure apart', () => {
    const a = claim('Intelligence linked the payments to at least six attacks on coalition troops.');
    const b = claim('Analysts linked Iranian money to at least eight attacks on coalition troops.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'number')).toHaveLength(1);
  });
});

describe('a toll that passes a mark', () => {
  it('"passes 100" is more than 100, so a later 143 is a detail, not a contradiction', () => {
    const early = claim('Death toll from the floods passes 100 as hundreds remain unaccounted for');
    const later = claim('The death toll from the floods has risen to 143.');
    expect(compareClaims(early, later).filter((d) => d.kind === 'number').map((d) => d.severity)).toEqual(['detail']);
  });
});

describe('a quotation reprinted in the other spelling', () => {
  it('is the same words, not a reworded quotation', () => {
    const uk = claim('“We’re deeply sorry for the impact that we’ve caused to customers, to travellers, to anyone affected by this,” the chief executive said.');
    const us = claim('"We\'re deeply sorry for the impact that we\'ve caused to customers, to travelers, to anyone affected by this," the chief executive said.');
    expect(compareClaims(uk, us).filter((d) => d.kind === 'quote')).toEqual([]);
  });

  it('folds the regular British and American spellings, and no other word', () => {
    for (const [uk, us] of [['travellers', 'travelers'], ['colour', 'color'], ['organised', 'organized'], ['centre', 'center'], ['defence', 'defense'], ['labour', 'labor']]) expect(spellingKey(uk as string)).toBe(spellingKey(us as string));
    for (const [a, b] of [['filled', 'filed'], ['four', 'for'], ['poured', 'pored']]) expect(spellingKey(a as string)).not.toBe(spellingKey(b as string));
  });
});

describe('two quotations of one speaker', () => {
  it('are not one quotation reworded because they share a few words: side by side as a detail, never a contradiction', () => {
    const a = claim('“I got this wrong, and I take responsibility for that,” the chief executive wrote.');
    const b = claim('“I want to take responsibility for these decisions and for how we got here,” he wrote.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'quote').map((d) => d.severity)).toEqual(['detail']);
    // One statement with its clauses swapped is still a detail, not one quotation misquoted.
    const c = claim('“Regardless of the cause, I take full responsibility as chief executive,” Kim said.');
    const d = claim('“I take full responsibility as the CEO, regardless of the cause,” he said.');
    expect(compareClaims(c, d).filter((x) => x.kind === 'quote').map((x) => x.severity)).toEqual(['detail']);
  });

  it('one statement reworded, a third to a half of its words in common, is a quotation detail', () => {
    const a = claim('“The aircraft is almost completely destroyed, so it is difficult to identify the victims,” he said.');
    const b = claim('“The airframe is nearly completely destroyed shape, so confirming identity takes time,” he said.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'quote').map((d) => d.severity)).toEqual(['detail']);
  });

  it('one word swapped in the same quotation is a conflict', () => {
    const a = claim('“I want to take responsibility for these decisions and for how we got here,” he wrote.');
    const b = claim('“I want to take accountability for these decisions and for how we got here,” he wrote.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'quote').map((d) => d.severity)).toEqual(['conflict']);
  });
});

describe('figures of two sentences that name no one in common', () => {
  it('differ in detail, never in contradiction', () => {
    const a = claim('Last week Rondel, now owned by its founder Aria Vance, laid off 7,500 employees.');
    const b = claim('Meridian Labs is laying off 11,000 employees, its chief executive Tom Okafor said.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'number').map((d) => d.severity)).toEqual(['detail']);
  });
  it('with a name in common they still contradict', () => {
    const a = claim('Meridian Labs laid off 7,500 employees, its chief executive Tom Okafor said.');
    const b = claim('Meridian Labs is laying off 11,000 employees, Tom Okafor said.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'number').map((d) => d.severity)).toEqual(['conflict']);
  });
});

describe('dates of two sentences that name no one in common', () => {
  it('differ in detail, never in contradiction', () => {
    const a = claim('Rondel laid off its staff on Tuesday, Aria Vance said.');
    const b = claim('Meridian Labs laid off its staff on Wednesday, Tom Okafor said.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'date').map((d) => d.severity)).toEqual(['detail']);
  });
  it('with a name in common two days still contradict', () => {
    const a = claim('Meridian Labs laid off its staff on Tuesday, Tom Okafor said.');
    const b = claim('Meridian Labs laid off its staff on Wednesday, Tom Okafor said.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'date').map((d) => d.severity)).toEqual(['conflict']);
  });
});

describe('a denial of something else', () => {
  it('is not a contradiction: the other sentence must speak of what is denied', () => {
    const a = claim('Computers that use the Orbis or Lumen systems were not hit.');
    const b = claim('Airlines were among the hardest hit.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'certainty' && d.severity === 'conflict')).toEqual([]);
  });
  it('a denial of the same thing still is', () => {
    const a = claim('No Ruritanian soldiers were wounded in the attack.');
    const b = claim('Four Ruritanian soldiers were wounded in the attack.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'certainty' && d.severity === 'conflict')).toHaveLength(1);
  });
});

describe('"not X alone"', () => {
  it('denies nothing', () => {
    const a = claim('He insisted that the achievement was not Ruritania’s alone.');
    const b = claim('The prime minister hailed the achievement as Ruritania’s alone.');
    expect(compareClaims(a, b).filter((d) => d.kind === 'certainty' && d.severity === 'conflict')).toEqual([]);
  });
});

describe('a market move out of hours and at a close', () => {
  it('are two moves: neither their figures nor their days contradict each other', () => {
    const d = compareClaims(
      claim('The company’s shares soared 26% in after-hours trading on Wednesday after the results.'),
      claim('The company’s shares soared 24.4 percent on Thursday to close at $379.80.'),
    );
    expect(d.filter((x) => x.severity === 'conflict')).toEqual([]);
    // Two closes are one session: the figures do contradict.
    const closes = compareClaims(claim('The company’s shares soared 26% on Thursday to close at $380.'), claim('The company’s shares soared 24.4 percent on Thursday to close at $379.80.'));
    expect(closes.filter((x) => x.kind === 'number' && x.severity === 'conflict').map((x) => x.here)).toContain('26%');
  });
});

describe('a date of what is to come and one of what was', () => {
  it('are two events: a detail, not a conflict', () => {
    const dates = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'date').map((x) => x.severity);
    expect(dates('Powell said the next meeting, in July, would probably bring a half-point rise.', 'Powell had all but promised a half-point rise after the meeting in May.')).toEqual(['detail']);
    // A date naming another thing ("the September 26 election") does not date what the sentence tells.
    expect(dates('Laschet, the candidate in the September 26 federal election, visited the town.', 'Laschet visited the town on Saturday.')).toEqual(['detail']);
    // Two dates of what was: one event told two ways.
    expect(dates('Powell promised a half-point rise after the meeting in July.', 'Powell promised a half-point rise after the meeting in May.')).toEqual(['conflict']);
  });
});

describe('one quotation in other words', () => {
  it('is found when its words have the other’s senses, a dash between them no word', () => {
    const d = compareClaims(claim('She described the scene as "terrifying - I would almost say ghostly, surreal."'), claim('"It is frightening, I would almost say spooky, surreal," said Merkel after the tour.'));
    expect(d.filter((x) => x.kind === 'quote').map((x) => x.severity)).toEqual(['conflict']);
  });
});

describe('novelty told by a negation', () => {
  it('"something it had never won before" denies nothing of winning it now', () => {
    const d = compareClaims(claim('For the first time the union won the right to strike over plant closures.'), claim('The union also won the right to strike over plant closures, something it had never won before.'));
    expect(d.filter((x) => x.kind === 'certainty' && x.severity === 'conflict')).toEqual([]);
    // A plain denial still is one.
    const denied = compareClaims(claim('The union won the right to strike over plant closures.'), claim('The union never won the right to strike over plant closures.'));
    expect(denied.filter((x) => x.kind === 'certainty' && x.severity === 'conflict')).toHaveLength(1);
  });
});

describe('a vote\'s "No"', () => {
  it('is the answer voted, not a negation: no denial of what was voted on', () => {
    const a = claim('All six states voted No; only the Capital Territory, which includes Canberra, voted Yes.');
    const b = claim('Only the Capital Territory, which includes Canberra, voted Yes, with 61 per cent.');
    expect(compareClaims(a, b).filter((x) => x.kind === 'certainty' && x.severity === 'conflict')).toEqual([]);
    expect(compareClaims(claim('With most votes counted, No was on 60.7 per cent in every state.'), claim('With most votes counted, every state was on 60.7 per cent against the proposal.')).filter((x) => x.kind === 'certainty' && x.severity === 'conflict')).toEqual([]);
  });
  it('is the answer voted when a verb follows it, first in its sentence too', () => {
    expect(diffs('No was ahead in all six states, according to early counts.', 'Yes was ahead in all six states on early counts.')).not.toContain('certainty:conflict');
  });
  it('a sentence opening with "No", or a title-case headline\'s "No", still denies', () => {
    expect(diffs('No U.S. troops were harmed in the attack.', 'Four U.S. troops were harmed in the attack.')).toEqual(['certainty:conflict']);
    expect(diffs('Militants Hurt No Troops In Bagram Attack', 'Militants hurt four troops in the Bagram attack.')).toContain('certainty:conflict');
  });
});

describe('a bound at the other side\'s figure', () => {
  it('"over 80%" / "80%" is one figure told loosely (a detail); "over 80%" / "70%" cannot both be true', () => {
    expect(diffs('The pound has lost over 80% of its value since October.', 'The pound has lost 80% of its value since October.')).toEqual(['number:detail']);
    expect(diffs('The pound has lost over 80% of its value since October.', 'The pound has lost 70% of its value since October.')).toEqual(['number:conflict']);
  });
});

describe('one moment in two time zones', () => {
  it('clock times on consecutive days an hour apart across midnight are a detail; hours apart on one clock, a conflict', () => {
    const zones = diffs('All 89 substations were back in service by half past midnight on Tuesday 29 April, Spanish time.', 'All the 89 substations were re-established at 23h30 on Monday 28 April.');
    expect(zones).toContain('date:detail');
    expect(zones).not.toContain('date:conflict');
    expect(diffs('All 89 substations were back in service at 2pm on Tuesday 29 April.', 'All the 89 substations were re-established at 2pm on Monday 28 April.')).toContain('date:conflict');
  });
});

describe('dollars of one country', () => {
  it('written "A$" on one side and "$" on the other are one figure, not set against the other\'s conversion', () => {
    const d = diffs('The referendum cost an estimated A$450 million ($286 million), the electoral commission said.', 'The referendum cost taxpayers $450 million.');
    expect(d).not.toContain('number:conflict');
    // Two amounts of bare dollars still conflict.
    expect(diffs('The referendum cost taxpayers $286 million.', 'The referendum cost taxpayers $450 million.')).toContain('number:conflict');
  });
});

describe('figures that are not two versions of one', () => {
  it('a vague amount against a figure is a detail, never a contradiction', () => {
    const d = compareClaims(claim('The deal sends thousands of workers back to the plants.'), claim('The deal sends about 45,000 workers back to the plants.')).filter((x) => x.kind === 'number');
    expect(d.map((x) => x.severity)).toEqual(['detail']);
  });
  it('a price per unit is not compared with a total', () => {
    const a = claim('Ford said the contract will cost it $100 million this year.');
    const b = claim('Ford said the contract costs 900 dollars per vehicle.');
    expect(compareClaims(a, b).filter((x) => x.kind === 'number')).toEqual([]);
  });
  it('a number one outlet writes inside a name is not a count in the other', () => {
    const a = claim('Regulators grounded 171 Boeing 737 MAX 9 jets on Saturday.');
    const b = claim('The panel blew out of one of its 737 Max 9 jets on Saturday.');
    expect(compareClaims(a, b).filter((x) => x.kind === 'number')).toEqual([]);
    // Without the name on either side, the two counts of jets do differ.
    expect(compareClaims(claim('Regulators grounded 171 jets on Saturday.'), claim('Regulators grounded 737 jets on Saturday.')).filter((x) => x.kind === 'number').map((x) => x.severity)).toEqual(['conflict']);
  });
  it('an age said of a name ("Roe is 23 and…", a translation\'s "Roe has 24 years") is that person\'s age', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('Kiptum is 23 and was running only his third marathon.', 'Kiptum has 24 years and it was only his third marathon.')).toEqual(['conflict']);
    // Years of something are no age.
    expect(claim('The company has 24 years of history.').quantities[0]?.counted).not.toBe('age');
  });
  it('a span of time has no kinds: two lengths of one benefit contradict each other', () => {
    const sev = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(sev('They will also keep health insurance for six months.', 'They will also get health insurance for three months.')).toEqual(['conflict']);
  });
  it('a part of a group is not compared with the whole group, two parts are', () => {
    const sev = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(sev('Five of the derailed tank cars held vinyl chloride.', 'About 50 derailed tank cars held chemicals.')).toEqual([]);
    expect(sev('Ten of the derailed cars carried hazardous materials.', 'Eleven of the derailed cars carried hazardous materials.')).toEqual(['conflict']);
    // The group's noun is what is counted, however each outlet describes it.
    expect(sev('Ten of those cars were carrying hazardous materials.', 'Eleven of the derailed cars carried hazardous materials.')).toEqual(['conflict']);
    // A verb between is no group: "the injured" are counted, not teens.
    expect(claim('Three of the injured were teens.').quantities[0]?.counted).not.toMatch(/teen/);
  });
  it('two outlets counting one toll on two days differ in detail on the day, not in conflict', () => {
    const dates = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'date').map((x) => x.severity);
    expect(dates('The number of the dead in the floods rose on Friday to 103.', 'The number of the dead in the floods rose on Sunday to 156.')).toEqual(['detail']);
    // The day of an event with no toll is still one day told two ways.
    expect(dates('The river burst its banks on Friday.', 'The river burst its banks on Sunday.')).toEqual(['conflict']);
  });
  it('the same number given a noun on one side only is one figure, not left to contradict another count', () => {
    const a = claim('The strike grew to about 45,000 workers, including 8,700 at the truck plant.');
    const b = claim('The breakthrough came after 8,700 workers walked out of the truck plant.');
    expect(compareClaims(a, b).filter((x) => x.kind === 'number' && x.severity === 'conflict')).toEqual([]);
  });
  it('two sentences about two people first give each their own figure: a detail at most', () => {
    const sev = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(sev('Mbappe, 23, took the Golden Boot with eight goals, one more than Messi.', 'Messi, author of seven goals, also took the Golden Ball.')).toEqual(['detail']);
    expect(sev('Mbappe took the Golden Boot with eight goals.', 'Mbappe took the Golden Boot with seven goals.')).toEqual(['conflict']);
  });
  it('a figure of a kind of the other’s thing ("Gaming revenue" / "revenue") is a detail at most', () => {
    const sev = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(sev('In the first quarter revenue fell 13% from a year earlier.', 'Gaming revenue fell 38% in the first quarter.')).toEqual(['detail']);
    expect(sev('In the first quarter revenue fell 13% from a year earlier.', 'In the first quarter revenue fell 38% from a year earlier.')).toEqual(['conflict']);
  });
  it('a figure the market expected is compared only with another expectation, not with the result', () => {
    const numbers = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(numbers('Adjusted earnings were 82 cents per share.', 'Adjusted earnings were $1.09 a share, versus the 92 cents Wall Street had penciled in.')).not.toContain('conflict');
    expect(numbers('Revenue came in at $7.2 billion.', 'Revenue beat estimates of about $6.5 billion.')).toEqual([]);
    // Two expectations are compared.
    expect(numbers('Revenue beat estimates of $6.52 billion.', 'Revenue beat estimates of $7.15 billion.')).toHaveLength(1);
  });
  it('a figure something moved from is compared only with another such figure', () => {
    const a = claim('The top wage would rise from $32.32 an hour to more than $40 an hour.');
    const b = claim('The top wage will rise to more than $40 an hour.');
    expect(compareClaims(a, b).filter((x) => x.kind === 'number' && x.severity === 'conflict')).toEqual([]);
  });
  it('spans of time: another unit is a detail, another count of the same unit a contradiction', () => {
    const sev = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(sev('The union ended its strike after 41 days.', 'The union ended its strike after nearly six weeks.')).toEqual(['detail']);
    expect(sev('The union ended its strike after 41 days.', 'The union ended its strike after 40 days.')).toEqual(['conflict']);
  });
});

describe('who said it', () => {
  it('"called it" and a quotation is saying; a party in brackets after a name stands between it and its verb', () => {
    const actors = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'actor').map((x) => `${x.here} | ${x.there}`);
    expect(actors('Jennifer Granholm, the US energy secretary, called it "one of the most impressive scientific feats of the century".', '"One of the most impressive scientific achievements of the century," science adviser Arati Prabhakar said.')).toEqual(['Granholm, the US energy secretary, called | Arati Prabhakar said']);
    expect(claim('Interior Minister Horst Seehofer (CSU) announced aid of over 300 million euros.').acts.map((x) => x.act)).toContain('announce');
    // One body with its acronym in brackets, deciding on both sides: not two bodies.
    expect(compareClaims(claim('The Agency of Environmental Protection (EPA) ordered the railroad to pay.'), claim('The EPA ordered the railroad to pay.')).filter((x) => x.kind === 'actor' && x.severity === 'conflict')).toEqual([]);
    // "called off" is no saying.
    expect(claim('Mayor Jane Roe called off classes on Friday.').acts.map((x) => x.act)).not.toContain('say');
  });
  const actor = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'actor');
  it('attribution after the quotation ("said Moez Sanaa") and "according to" are read, so another speaker is shown', () => {
    expect(actor('The sweetener is possibly carcinogenic, said Moez Sanaa, the agency\'s head of standards.', 'The sweetener is possibly carcinogenic, Francesca Branca added.')).toHaveLength(1);
    expect(actor('About 8.5 million devices were affected, according to Microsoft.', 'About 8.5 million devices were affected, CrowdStrike estimated.')).toHaveLength(1);
  });
  it('a translation\'s "assured" or "affirmed", and a body of a named one ("South Korea\'s transport ministry said"), are read as who said it', () => {
    expect(actor('Pedro Sánchez said there was no evidence of a cyberattack.', 'Red Eléctrica assured that there was no evidence of a cyberattack.')).toHaveLength(1);
    expect(actor('Fire chief Lee Jeong-hyeon said the cause was a bird strike.', 'South Korea\'s transport ministry said the cause was a bird strike.')).toHaveLength(1);
    // A newspaper reporting a fact is no actor of it.
    expect(actor('The troops withdrew from the base on Monday, CNN reported.', 'The troops withdrew from the base on Monday, the Pentagon said.')).toEqual([]);
  });
  it('bodies named by common nouns deciding one thing are shown side by side, never as a contradiction', () => {
    expect(actor('The port authority decided to suspend all traffic through the canal.', 'The shipping company decided to suspend all traffic through the canal.').map((d) => d.severity)).toEqual(['detail']);
    expect(actor('The port authority decided to suspend all traffic through the canal.', 'The port authority has decided to suspend all traffic through the canal.')).toEqual([]);
  });
  it('an apposition between a name and its verb ("Olaf Scholz, the finance minister, said") is read', () => {
    expect(actor('Olaf Scholz, the finance minister, said the state would help.', 'Horst Seehofer said the state would help.')).toHaveLength(1);
  });
  it('the same speaker, named before or after the verb, is no difference', () => {
    expect(actor('The sweetener is possibly carcinogenic, said Moez Sanaa.', 'Moez Sanaa said the sweetener is possibly carcinogenic.')).toEqual([]);
  });
  it('one speaker named twice (accents, an acronym) is no actor difference; two speakers still are', () => {
    expect(actor('The sweetener is possibly carcinogenic, José Núñez said.', 'The sweetener is possibly carcinogenic, Nunez said.')).toEqual([]);
    expect(actor('The WMO said El Niño conditions had developed.', 'The World Meteorological Organization said El Niño conditions had developed.')).toEqual([]);
    expect(actor('The WMO said El Niño conditions had developed.', 'NOAA said El Niño conditions had developed.')).toHaveLength(1);
  });
  it('one figure left on each side, close in value, is one figure told two ways: a detail, whatever noun each gives', () => {
    const d = compareClaims(claim('Meta will cut about 11,000 jobs, the company said.'), claim('Meta is laying off more than 11,000 employees.')).filter((x) => x.kind === 'number');
    expect(d.map((x) => x.severity)).toEqual(['detail']);
  });
  it('killed is never compared with injured, however close the figures', () => {
    expect(compareClaims(claim('The blast killed 40 people in the market.'), claim('The blast injured 42 people in the market.')).filter((x) => x.kind === 'number')).toEqual([]);
  });
});

describe('a dateline', () => {
  it('names where the report was filed, not who it is about: two tolls of one ordeal still contradict', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    const later = 'The last four boys and their coach were brought out of a flooded cave in northern Thailand on Tuesday, ending an 18-day ordeal that held the world\'s attention.';
    expect(num(`KOH LANTA, Thailand – ${later}`, 'The last four boys and their coach were carried out of the flooded cave last night, ending a 17-day ordeal and a rescue in which two Australian doctors played a central role.')).toEqual(['conflict']);
    expect(num(`KOH LANTA, Thailand – ${later}`, 'The last four boys and their coach were carried out of the flooded Tham Luang cave last night, ending a 17-day ordeal and a rescue in which two Australian doctors played a central role.')).toEqual(['conflict']);
  });
});

describe('measures', () => {
  it('one altitude in two units is no difference; two altitudes are', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('The jet was climbing through 4,900 metres when the plug blew out.', 'The jet was climbing through 16,000 feet when the plug blew out.')).toEqual([]);
    expect(num('The jet was climbing through 16,300 feet when the plug blew out.', 'The jet was climbing through 14,800 feet when the plug blew out.')).toEqual(['conflict']);
  });
  it('a figure meets the other side’s one close figure of its kind among others; one value written two ways is no difference', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('The regulator grounded about 170 jets around the world.', 'The regulator then ordered 171 aircraft out of service, including 79 operated by Globex.')).toEqual(['detail']);
    // Small figures among others are as likely two things.
    expect(num('The score stood at 9 after the first round.', 'The score stood at 11 after the first round and 40 after the second.')).toEqual([]);
    expect(num('The fine is Rs 1 lakh for each offence.', 'The fine is 100,000 rupees for each offence.')).toEqual([]);
  });
  it('power and energy in any of their units: one output in megawatts and gigawatts is one figure', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('The grid lost 15,000 megawatts in five seconds.', 'The grid lost 15 gigawatts in five seconds.')).toEqual([]);
    expect(num('The grid lost 12GW in five seconds.', 'The grid lost 15 GW in five seconds.')).toEqual(['conflict']);
    expect(num('The reaction released 3.15 megajoules of energy.', 'The reaction released 3.15MJ of energy.')).toEqual([]);
    // A watt-hour is energy, never set against power.
    expect(claim('The plant produces 500 gigawatt-hours a year.').quantities[0]?.counted).toBe('measure:energy');
  });
  it('two lengths in one unit a foot apart contradict each other; the same gap across units is rounding', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('The Dali, a 984-foot container ship, hit the bridge.', 'The Dali, a 985-foot container ship, hit the bridge.')).toEqual(['conflict']);
    // Qualified, they may both be true.
    expect(num('The Dali, a roughly 984-foot container ship, hit the bridge.', 'The Dali, a 985-foot container ship, hit the bridge.')).toEqual(['detail']);
    expect(num('The Dali, a 300-metre container ship, hit the bridge.', 'The Dali, a 985-foot container ship, hit the bridge.')).toEqual([]);
  });
  it('amounts in two currencies are never set against each other: no rate converts them', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => `${x.here} | ${x.there}`);
    expect(num('The club paid the £198m transfer fee on Thursday.', 'The club paid the 222 million euro fee on Thursday.')).toEqual([]);
    // In one currency they still differ.
    expect(num('The club paid the £198m transfer fee on Thursday.', 'The club paid the £200m transfer fee on Thursday.')).toHaveLength(1);
  });
  it('"about" reaches no further than the figure\'s last written digit', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('The jet was climbing through about 14,800 feet when the plug blew out.', 'The jet was climbing through about 16,000 feet when the plug blew out.')).toEqual(['conflict']);
    // A figure rounded to its hundreds still meets the exact one.
    expect(num('Thieves took some 1,300 diamonds from the vault.', 'Thieves took 1,354 diamonds from the vault.')).toEqual(['detail']);
  });
  it('measures are set against the other side’s measure of the same dimension: a width against a width, never a length', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
    expect(num('The crowd was trapped in an alley about 4 metres wide beside the hotel.', 'The alley beside the hotel is 3.2 metres wide and about 45 metres long.')).toEqual(['conflict']);
    expect(num('The alley beside the hotel is about 45 metres long.', 'The alley beside the hotel is 3.2 metres wide and 40 metres long.')).toEqual(['conflict']);
    expect(num('The jet slammed into a roughly 6-foot-high concrete barrier past the runway.', 'The jet ploughed into a 4m-high concrete embankment some 250m past the end of the runway.')).toEqual(['conflict']);
    // The width agrees; the other side's length has nothing to meet.
    expect(num('The alley beside the hotel is 3.2 metres wide.', 'The alley beside the hotel is 3.2 metres wide and 40 metres long.')).toEqual([]);
    // Without a dimension on both sides, two lengths on one side still leave which is which a guess.
    expect(num('The alley beside the hotel is about 4 metres wide.', 'The alley beside the hotel is 3.2 metres and 40 metres.')).toEqual(['detail']);
  });
  it('counts of things orders of magnitude apart are two counts, not one told twice', () => {
    const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number');
    expect(num('The strike grew to about 45,000 workers at Ford.', 'The strike grew to three works at Ford.')).toEqual([]);
    expect(num('The death toll rose to 3 after the blast.', 'The death toll rose to 350 after the blast.').map((x) => x.severity)).toEqual(['conflict']);
  });
});

describe('ages, clock times, earlier counts and recalled events', () => {
  const num = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((x) => x.kind === 'number').map((x) => x.severity);
  it('one named person given two ages is a contradiction; two unnamed people of two ages are not', () => {
    expect(num('Saman Kunan, a 38-year-old former diver, died on Friday in the cave.', 'Saman Kunan, 37, a retired diver, died on Friday in the cave.')).toEqual(['conflict']);
    expect(num('Saman Kunan, a 38-year-old former diver, died on Friday in the cave.', 'The former diver Saman Kunan, aged of 37 years, died on Friday in the cave.')).toEqual(['conflict']);
    expect(num('"It was like a wall of people," said one 19-year-old woman who was in the crowd.', 'A 23-year-old woman, Grace Rached, was among those in the crowd who died.')).toEqual([]);
  });
  it('ages set off after one name are that person\'s, spelt two ways or among other names; after two names, two people\'s', () => {
    // Other names on one side only (a place, a city) would otherwise leave whose figure it is a guess.
    expect(num('"I waited years," said Jane Roe, 62, who drove up from Springfield to Shelbyville.', '"I waited years," said Jane Roe, 61, a retired teacher from Springfield.')).toEqual(['conflict']);
    // A name transliterated two ways, a title before it.
    expect(num('Navy diver Saman Kunan, 37, died on Friday.', 'Former Navy diver Saman Gunan, 38, died last Friday.')).toEqual(['conflict']);
    expect(num('Jane Roe, 37, was rescued on Friday.', 'John Doe, 38, was rescued on Friday.')).toEqual([]);
  });
  it('an age is never set against another kind of figure', () => {
    expect(num('Saman Kunan, 37, died on Friday after 37 hours in the cave.', 'Saman Kunan, 37, died on Friday after 40 hours in the cave.')).toEqual(['conflict']);
    expect(num('Saman Kunan, 37, died on Friday in the cave.', 'Saman Kunan died on Friday, 38 days after the rescue began in the cave.')).toEqual([]);
  });
  it('half of a clock time is no count of hours', () => {
    expect(num('The police received eleven calls from the 18:34 hours, almost four hours before the crush.', 'The police received eleven calls, the first almost four hours before the crush.')).toEqual([]);
  });
  it('a count the sentence dates as an earlier one is a detail beside the current one, not a contradiction', () => {
    expect(num('On Sunday morning officials had counted 149 dead in the crush.', 'The crush killed 151 people, officials said.')).toEqual(['detail']);
    expect(num('In the first balance, firemen counted 149 dead in the crush.', 'The crush killed 151 people, officials said.')).toEqual(['detail']);
    expect(num('Officials counted 149 dead in the crush.', 'The crush killed 151 people, officials said.')).toEqual(['conflict']);
    // After "said", the past perfect is reported speech: today's toll, not an earlier one.
    expect(num('The toll rose to 2,012 on Sunday, the ministry said.', 'The ministry said on Sunday the toll had risen to 2,946.')).toEqual(['conflict']);
  });
  it('the figure of an earlier event recalled after "since" is that event’s', () => {
    expect(num('It is the deadliest disaster since the 2014 sinking of the Sewol ferry, in which 304 people died.', 'Officials said 149 people died in the disaster.')).toEqual([]);
    expect(num('It is the worst disaster since the Sewol ferry sank in 2014, killing 304 people.', 'Officials said 149 people died in the disaster.')).toEqual([]);
    expect(num('It is the worst disaster since the Sewol ferry sank in 2014, killing 304 people.', 'It is the deadliest since the 2014 sinking of the Sewol, which killed more than 300 people.')).toEqual(['detail']);
  });
});
