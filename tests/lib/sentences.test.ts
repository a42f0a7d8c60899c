import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';
import { seed } from '../helpers';


describe('splitSentences', () => {
  it.each([
    ['US Gen.\nQassem Soleimani, the commander of the Quds Force, was killed. Then more.', 'US Gen.\nQassem Soleimani, the commander of the Quds Force, was killed.'],
    ['Pentagon spokesman Army Maj.\nRob Lodewick told CNN that “the Department does not comment.” He added more.', 'Pentagon spokesman Army Maj.\nRob Lodewick told CNN that “the Department does not comment.”'],
    ['Troops of the U.S. Army left. The base closed.', 'Troops of the U.S. Army left.'],
  ])('keeps %j whole up to its real end', (text, first) => {
    const s = splitSentences(text);
    expect(text.slice(s[0]?.start, s[0]?.end)).toBe(first);
  });

  it('ends a sentence after "U.S." when a new sentence starts', () => {
    const s = splitSentences('Troops returned to the U.S. The base closed.');
    expect(s.map((x) => x.text)).toEqual(['Troops returned to the U.S.', 'The base closed.']);
  });

  it('keeps a quotation of several sentences in one sentence with who said it', () => {
    const s = splitSentences('In a post, Jane Roe said: "I loved my time at Acme. It was transformative for me." She left on Friday.');
    expect(s.map((x) => x.text)).toEqual(['In a post, Jane Roe said: "I loved my time at Acme. It was transformative for me."', 'She left on Friday.']);
    // A quotation left open to the paragraph's end does not swallow the paragraph.
    const open = splitSentences(`He said: "We will fight. ${'We will win again and again. '.repeat(20)}`);
    expect(open.length).toBeGreaterThan(2);
  });
  it('gives offsets into the original text', () => {
    const text = 'Headline of the story about the attack here\n\nFirst sentence here. Second one,\nwrapped.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).replace(/\n/g, ' ')).toBe(s.text);
  });

  it('keeps headlines, sub-heads, captions and furniture apart from body sentences', () => {
    const kinds = (id: string) => new Map(splitSentences(seed(id)).map((s) => [s.text, s.kind]));
    const sputnik = kinds('003_e7a4584c33412c88');
    expect(sputnik.get('Get short URL')).toBe('furniture');
    expect(sputnik.get('Source link')).toBe('furniture');
    expect(sputnik.get('* Terrorist groups outlawed in Russia and many other countries.')).toBe('furniture');
    expect(sputnik.get('Bountygate 2.0: US Intelligence Claims Iran Paid Taliban to Kill American Troops in Afghanistan')).toBe('headline');
    expect([...sputnik].find(([t]) => t.startsWith('Afghan mujahideen prepare'))?.[1]).toBe('caption');
    const insideOver = kinds('001_1eed3cb34723bd89');
    expect(insideOver.get('Afghanistan, firmato accordo di pace tra Stati Uniti e talebani (La Presse)')).toBe('caption');
    expect(insideOver.get('US Hesitation on Exposing the Bounty')).toBe('label');
    const commune = kinds('004_cf0cd2ad43c2dbea');
    expect(commune.get('Site icon The Commune')).toBe('furniture');
    expect(commune.get('Exit mobile version')).toBe('furniture');
  });

  it('reads a heading that opens with a question word as a topic, not a claim', () => {
    const kinds = new Map(splitSentences('What US intelligence says about Iran, the Taliban and the Bagram bombing\n\nIran paid bounties, officials said.\n\nHow the payments reached the Haqqani network in 2019\n\nThe money moved through couriers.').map((s) => [s.text, s.kind]));
    expect(kinds.get('What US intelligence says about Iran, the Taliban and the Bagram bombing')).toBe('label');
    expect(kinds.get('How the payments reached the Haqqani network in 2019')).toBe('label');
    expect(kinds.get('Iran paid bounties, officials said.')).toBe('body');
  });

  it('keeps a closing quotation mark that follows the period with its sentence', () => {
    const s = splitSentences(seed('000_632a70be4bd1d4be'));
    const last = s.find((x) => x.text.startsWith('“Iran has tried'));
    expect(last?.text.endsWith('regional stability. “')).toBe(true);
    expect(last?.kind).toBe('body');
  });
});

describe('an abbreviation before a figure', () => {
  it('keeps "Nov. 5, 2022" and "No. 10" inside their sentence', () => {
    expect(splitSentences('Mourning runs until Nov. 5, 2022. Flags fly at half mast.').map((s) => s.text)).toEqual(['Mourning runs until Nov. 5, 2022.', 'Flags fly at half mast.']);
    expect(splitSentences('She spoke outside No. 10 on Thursday. Then she left.').map((s) => s.text)).toEqual(['She spoke outside No. 10 on Thursday.', 'Then she left.']);
  });
});
