// @vitest-environment happy-dom
import { mount, unmountAll } from './mount';
import { seed } from '../helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { Marker } from '../../components/Marker';
import { Note } from '../../components/Note';
import { annotatePage } from '../../lib/annotate/annotate';
import { createMatcher } from '../../lib/match/matcher';
import { buildSeedIndex } from '../../scripts/seed-index';

const matcher = createMatcher(buildSeedIndex());
const page = annotatePage({ text: seed('000_632a70be4bd1d4be'), url: 'https://example.test/a' }, matcher);
// CNN's first sentence: InsideOver and The Commune each state it twice (a headline and a body sentence).
const twice = page.annotations.find((a) => a.text.startsWith('US intelligence agencies have assessed that Iran offered bounties'))!;
const outlets = new Set(twice.links.map((l) => l.sourceId)).size;

afterEach(unmountAll);

describe('the marker and note of a sentence an outlet states twice', () => {
  it('counts outlets, not sentences', () => {
    expect(twice.links.length).toBeGreaterThan(outlets);
    const button = mount(<Marker annotation={twice} pinned={false} onActivate={() => {}} onFocus={() => {}} onBlur={() => {}} />).querySelector('button')!;
    expect(button.textContent?.startsWith(String(outlets))).toBe(true);
    expect(button.getAttribute('aria-label')).toMatch(new RegExp(`^${outlets} other outlets report this`));
  });

  it('lists every sentence in the note, under a title that counts outlets', () => {
    const note = mount(<Note annotation={twice} pinned={false} onClose={() => {}} />);
    expect(note.querySelector('.head strong')?.textContent).toBe(`${outlets} other outlets report this`);
    expect(note.querySelectorAll('li.link')).toHaveLength(twice.links.length);
  });
});
