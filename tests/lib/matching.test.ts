import { describe, expect, it } from 'vitest';
import { buildIndex, MAX_NEIGHBORS } from '../../lib/index/build';
import { similarity } from '../../lib/match/similarity';
import { LINK_THRESHOLD, matchClaim, candidates, createMatcher, matchClaims } from '../../lib/match/matcher';
import { extractClaims } from '../../lib/claims/extract';
import { REF } from '../helpers';
import { claim, seed } from '../helpers';
import { buildSeedIndex } from '../../scripts/seed-index';

const seeds = createMatcher(buildSeedIndex());
const linksOf = (text: string) => matchClaim(seeds, claim(text, 'page'), new Set());

describe('matching against the seeds', () => {
  it('aligns paraphrased, reordered casualty sentences across outlets', () => {
    const a = claim('The attack killed two civilians and injured more than 70 others, including US four US personnel, the report said.');
    const b = claim('Four US personnel and more than 75 others were injured in the Bagram attack.');
    const c = claim('an assault on Bagram Air Base in December 2019 which killed two civilians, and injured dozens of others, four US military personnel among them.');
    for (const [x, y] of [[a, b], [a, c], [b, c]] as const) expect(similarity(x, y, seeds.stats).score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });

  it('never aligns Russia’s bounties with Iran’s', () => {
    const russia = claim('The New York Times reported that Russian military offered bounties to Taliban-linked militants to kill US troops.');
    const iran = claim('US intelligence agencies have assessed that Iran offered bounties to Taliban militants to target American troops.');
    expect(similarity(russia, iran, seeds.stats).score).toBe(0);
  });

  it.each([
    ['Syria', 'Syria paid the Haqqani network bounties for the December 2019 attack on Bagram Air Base, US intelligence concluded.'],
    ['North Korea', 'North Korea paid the Haqqani network bounties for the December 2019 attack on Bagram Air Base, US intelligence concluded.'],
    ['Venezuela', 'Venezuelan officials paid the Haqqani network bounties for the December 2019 attack on Bagram Air Base, US intelligence concluded.'],
  ])('never aligns %s paying bounties with Iran paying them', (_state, text) => {
    const iran = claim('Iran paid the Haqqani network bounties for the December 2019 attack on Bagram Air Base, US intelligence concluded.');
    expect(similarity(claim(text), iran, seeds.stats).score).toBe(0);
  });

  it('a figure stated alike is evidence of one fact, but never a topic on its own', () => {
    const six = linksOf('The agencies tied the payments to at least six attacks last year.').map((m) => m.claim.text);
    expect(six).toContainEqual(expect.stringMatching(/^So far, the bounties have led to six attacks/));
    // Another figure leaves that outlet's looser sentence out; the same figure in another story links nothing.
    expect(linksOf('The agencies tied the payments to at least eight attacks last year.').map((m) => m.claim.text)).not.toContainEqual(expect.stringMatching(/^So far, the bounties/));
    expect(linksOf('The council recorded six attacks on its schools last year.')).toEqual([]);
  });

  it('matches what a source reported apart from who reported it', () => {
    const officials = 'A current administration official and former senior official with knowledge of the situation told CNN that Iran’s link to the Taliban was cited by US officials as part of the argument for conducting the strike that killed Soleimani in January.';
    const sputnik = linksOf(officials).find((m) => m.claim.sourceId.startsWith('003_'));
    expect(sputnik?.claim.text).toMatch(/^In early 2020, shortly after the US assassination of Iranian Revolutionary Guard Quds Force Commander Qasem Soleimani, Washington cited his alleged links to the Taliban/);
  });

  it('carries an outlet over from one near-restatement the index links to it', () => {
    // The CNN copy's sentence has a near-restatement in The Commune (above 0.7); the index links that one to
    // InsideOver's "Prior to the attack…", which on its own words alone scores under the link threshold.
    const cnn = 'The US killed top Iranian General Qasem Soleimani in Iraq less than a month after the Bagram attack but after a lengthy process involving several agencies to develop options aimed at countering Iran’s support for militant groups in Afghanistan.';
    const insideOver = matchClaim(seeds, claim(cnn, 'page'), new Set(['000_632a70be4bd1d4be'])).find((m) => m.claim.sourceId.startsWith('001_'));
    expect(insideOver?.claim.text).toMatch(/^Prior to the attack on Bagram, the US killed Qasem Soleimani/);
    expect(insideOver?.score).toBeLessThan(LINK_THRESHOLD);
  });

  it('finds the other outlets for a headline made only of the story’s commonest words', () => {
    // Every feature but two ("bountygate", "claims") is too common in the seeds' index to retrieve by.
    const headline = linksOf('Bountygate 2.0: US Intelligence Claims Iran Paid Taliban to Kill American Troops in Afghanistan');
    const outlets = new Set(headline.map((m) => m.claim.sourceId.slice(0, 3)));
    expect([...outlets].sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(headline.find((m) => m.claim.sourceId.startsWith('000_'))?.claim.text).toMatch(/^US intelligence agencies have assessed that Iran offered bounties/);
  });

  it('reads a headline past its kicker: "Report: Iran Paid Bounty to Haqqani Network" states that Iran paid', () => {
    const outlets = linksOf('Report: Iran Paid Bounty to Haqqani Network').map((m) => m.claim.text);
    expect(outlets).toContainEqual(expect.stringMatching(/^Iran may have paid Haqqani Network to attack US troops/));
  });

  it('links both sentences of an outlet that splits a two-fact sentence in two, and the headline over the first, and only those', () => {
    // The CNN copy, read whole: its first sentence states the bounties and the six attacks.
    const page = extractClaims(seed('000_632a70be4bd1d4be'), 'page', REF);
    const first = page.findIndex((c) => c.text.startsWith('US intelligence agencies have assessed that Iran offered bounties'));
    const commune = (matchClaims(seeds, page, new Set(['000_632a70be4bd1d4be']))[first] ?? []).filter((m) => m.claim.sourceId.startsWith('004_'));
    expect(commune.map((m) => m.claim.text.slice(0, 60)).sort()).toEqual([
      'Iran may have paid Haqqani Network to attack US troops in Af',
      'The US intelligence has identified payments linked to at lea',
      'US intelligence agencies have assessed that Iran offered bou',
    ]);
    // A sentence stating one fact keeps one sentence per outlet.
    const one = linksOf('The Kremlin dismissed the report as an invention.');
    expect(new Set(one.map((m) => m.claim.sourceId)).size).toBe(one.length);
  });

  it('links a two-fact sentence to each of an outlet’s sentences on its facts when both carry the count', () => {
    // InsideOver, read whole, joins who paid and the toll in one sentence; The Hill tells them in two.
    const page = extractClaims(seed('001_1eed3cb34723bd89'), 'page', REF);
    const at = page.findIndex((c) => c.text.startsWith('According to CNN, US intelligence concluded that a foreign actor paid'));
    const texts = (matchClaims(seeds, page, new Set(['001_1eed3cb34723bd89']))[at] ?? [])
      .filter((m) => m.claim.sourceId.startsWith('002_')).map((m) => m.claim.text.slice(0, 40));
    expect(texts.sort()).toEqual(['A Pentagon news document said a foreign ', 'Four US personnel and more than 75 other']);
    // A second fact without a count (an aside on Soleimani's killing) keeps one sentence per outlet.
    const hill = extractClaims(seed('002_65fa98de86abeb10'), 'page', REF);
    const toll = hill.findIndex((c) => c.text.startsWith('Four US personnel and more than 75 others were injured'));
    const sputnik = (matchClaims(seeds, hill, new Set(['002_65fa98de86abeb10']))[toll] ?? []).filter((m) => m.claim.sourceId.startsWith('003_'));
    expect(sputnik).toHaveLength(1);
  });

  it('reads one month named by both sentences as evidence of one fact, never a link on its own', () => {
    const march = claim('In March 2020, the Department of Defense decided not to take any specific action in response to intelligence to prevent complicated peace talks with the Taliban.');
    const nsc = (month: string) => claim(`However, in late ${month}, National Security Council officials said that they should not take any steps to remedy the risk as it would likely harm peace talks with the Taliban first brokered by Trump in February.`);
    expect(similarity(nsc('March'), march, seeds.stats).score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    // The same words placed in another month fall short.
    expect(similarity(nsc('September'), march, seeds.stats).score).toBeLessThan(LINK_THRESHOLD);
    // A month shared with nothing else is no evidence at all.
    expect(similarity(claim('In March 2020, the school board decided to hire teachers.'), march, seeds.stats).score).toBe(0);
  });

  it('reads "the report comes after" as one fact across outlets, whatever the verb: comes, surfaced', () => {
    const texts = linksOf('The report comes shortly after reports of similar bounties offered by Russia, which the Kremlin has denied.').map((m) => m.claim.text);
    expect(texts).toContainEqual(expect.stringMatching(/^The report surfaced just months after similar allegations/));
    expect(texts).toContainEqual(expect.stringMatching(/^The report comes nearly two months after the New York Times reported/));
    // Another event that merely comes after something shares the phrase, not the fact.
    expect(linksOf('The vote comes a week after the council approved a new budget for the schools.')).toEqual([]);
  });

  it('matches what a source said apart from who said it, also without "that"', () => {
    const texts = linksOf('A defense official familiar with the internal review said analysts had linked Iranian money to at least eight attacks on US and allied troops during 2019.').map((m) => m.claim.text);
    expect(texts).toContainEqual(expect.stringMatching(/^The US intelligence has identified payments linked to at least six attacks/));
  });

  it('reads a denial in other words as the same denial', () => {
    const texts = linksOf('The Kremlin dismissed the report as an invention.').map((m) => m.claim.text);
    expect(texts).toContain('Russia denied the allegations.');
    // "the claims" is the allegation, not a reporting verb.
    expect(linksOf('Moscow vehemently denied the claims.').map((m) => m.claim.text)).toContain('Russia denied the allegations.');
  });

  it('links nothing from an unrelated article that shares a date and a number', () => {
    expect(linksOf('At its meeting on December 11, the city council approved hiring more than 70 teachers for six new schools.')).toEqual([]);
    expect(linksOf('Officials met in late March to discuss the budget of the peace garden.')).toEqual([]);
  });

  it('links the casualty sentence to each other outlet that reports it', () => {
    const outlets = linksOf('A suicide bomber struck Bagram Air Base, killing two civilians and wounding nearly 80 people including three American troops.').map((m) => m.claim.sourceId);
    // The Hill's copy (002) joins the toll to Soleimani's killing in one long sentence and is still
    // missed here: see the closing note of issue 2.
    expect(outlets).toEqual(expect.arrayContaining(['000_632a70be4bd1d4be', '003_e7a4584c33412c88']));
  });

  it('scores only candidates sharing a selective feature, not the whole index', () => {
    const c = claim('Soleimani was killed in a drone strike in Baghdad.');
    expect(candidates(seeds, c).length).toBeLessThan(seeds.index.claims.length / 3);
  });
});

describe('reading order', () => {
  // Three consecutive sentences of InsideOver (001), read as a page with InsideOver itself left out.
  const before = 'The document does not explicitly name the attack’s financier, however, two sources familiar with the intelligence available have confirmed Iran as the actor responsible.';
  const soleimani = 'Prior to the attack on Bagram, the US killed Qasem Soleimani in a drone strike in Baghdad.';
  const after = 'According to CNN, US officials cited the alleged Iranian bounty plan as a partial justification for the Soleimani strike, which was confirmed by a current government official and a former senior official.';
  const cnnCopy = '000_632a70be4bd1d4be';
  const page = (middle: string) => extractClaims([before, middle, after].join(' '), 'page', REF);
  const exclude = new Set(['001_1eed3cb34723bd89']);

  it('links a sentence whose neighbours align with an outlet, where its own wording alone falls short', () => {
    const claims = page(soleimani);
    const alone = matchClaim(seeds, claims[1]!, exclude).find((l) => l.claim.sourceId === cnnCopy);
    expect(alone).toBeUndefined();
    const inContext = matchClaims(seeds, claims, exclude)[1]?.find((l) => l.claim.sourceId === cnnCopy);
    expect(inContext?.claim.text).toMatch(/^The US killed top Iranian General Qasem Soleimani in Iraq/);
    expect(inContext?.score).toBeLessThanOrEqual(1);
  });

  it('does not link an unrelated sentence between two aligned ones', () => {
    const links = matchClaims(seeds, page('At its meeting on December 11, the city council approved hiring more than 70 teachers for six new schools.'), exclude);
    expect(links[0]?.length).toBeGreaterThan(0);
    expect(links[1]).toEqual([]);
  });
});

describe('buildIndex', () => {
  it('is deterministic: the same seeds give a byte-identical index', () => {
    expect(JSON.stringify(buildSeedIndex())).toBe(JSON.stringify(buildSeedIndex()));
  });

  it('keeps each claim’s strongest links only, and still groups every copy of a fact into one', () => {
    // 20 outlets running the same wire copy: each sentence links to 19 others.
    const text = seed('000_632a70be4bd1d4be');
    const copies = Array.from({ length: 20 }, (_, i) => ({ id: `copy-${String(i).padStart(2, '0')}`, meta: { outlet: `Outlet ${i}`, title: 'T', language: 'en', inferred: [] }, text }));
    const index = buildIndex(copies, 'parallax test');
    expect(Math.max(...index.neighbors.map((n) => n.length))).toBe(MAX_NEIGHBORS);
    const first = index.claims.findIndex((c) => c.text.startsWith('The attack killed two civilians'));
    const fact = index.facts[first];
    expect(index.claims.filter((c, i) => index.facts[i] === fact && c.text.startsWith('The attack killed two civilians'))).toHaveLength(20);
  });

  it('refuses two articles with one id', () => {
    const a = { id: 'x', meta: { outlet: 'A', title: 'T', language: 'en', inferred: [] }, text: 'One sentence here.' };
    expect(() => buildIndex([a, a], 'parallax test')).toThrow(/x: two articles share this id/);
  });
});

describe('states carried from earlier sentences', () => {
  it('a sentence naming no state speaks of the one the article was just speaking of', async () => {
    const { extractClaims } = await import('../../lib/claims/extract');
    const [, second] = extractClaims('Russia offered bounties to Taliban militants to kill US troops.\nThe payments were linked to at least six attacks on coalition forces.', 'x', new Date('2020-08-17'));
    expect(second?.contextStates).toEqual(['russia']);
    // …so it never links to the Iran story's "payments linked to at least six attacks".
    const links = matchClaim(seeds, second!, new Set());
    expect(links.map((l) => l.claim.text)).not.toContainEqual(expect.stringContaining('at least six attacks'));
  });
});
