import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { isStoryLabel } from '../../lib/claims/story-labels';
import { createMatcher } from '../../lib/match/matcher';
import { buildSeedIndex } from '../../scripts/seed-index';
import { claim, seed } from '../helpers';

const label = (text: string, name: string) => isStoryLabel(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('a state named as a story’s label', () => {
  it('is told apart from a state that acts', () => {
    expect(label('CNN’s ‘Iran bounties’ story bears similarity to reports', 'Iran')).toBe(true);
    expect(label('The Taliban itself has called the Russia bounties story a “fake”', 'Russia')).toBe(true);
    expect(label('the Russia affair', 'Russia')).toBe(true);
    expect(label('Iran paid bounties to the Haqqani network, the story said', 'Iran')).toBe(false);
    expect(label('Russia denied the story.', 'Russia')).toBe(false);
  });

  it('does not count among the states a sentence speaks of', () => {
    // States are ids `@<ISO 3166 alpha-3>`: Russia, accused here, counts; Iran, only the story's label, does not.
    const labelled = claim('CNN’s ‘Iran bounties’ story bears similarity to reports accusing Russia of paying militants.').entities;
    expect(labelled).toContain('@rus');
    expect(labelled).not.toContain('@irn');
    expect(claim('Iran’s bounties story was denied by Iran.').entities).toContain('@irn');
  });

  it('keeps Sputnik’s sentence on the Russia report away from the Iran story’s sentences', () => {
    const page = annotatePage({ text: seed('003_e7a4584c33412c88'), url: 'https://example.test/s', date: '2020-08-17' }, createMatcher(buildSeedIndex()));
    const links = page.annotations.find((a) => a.text.startsWith('CNN’s ‘Iran bounties’ story bears similarity'))?.links ?? [];
    const texts = links.map((l) => l.text);
    // InsideOver tells the Russia report in two sentences; either is the right link (seeds gold: nyt-russia-bounties-report).
    expect(texts).toContainEqual(expect.stringMatching(/Russia is also paying Taliban fighters|New York Times first reported in June/));
    expect(texts).not.toContainEqual(expect.stringMatching(/^Report Indicates Iran Offered Money/));
    expect(texts).not.toContainEqual(expect.stringMatching(/^U\.S\. intelligence reports that the Iranian government/));
    // The Taliban calling the Russia story "fake" is the Taliban's denial, not Russia's.
    const taliban = page.annotations.find((a) => a.text.startsWith('The Taliban itself has called the Russia bounties story'))?.links ?? [];
    expect(taliban.map((l) => l.text)).not.toContain('Russia denied the allegations.');
  });
});
