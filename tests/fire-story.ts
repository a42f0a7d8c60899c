import { annotatePage } from '../lib/annotate/annotate';
import type { PageAnnotations } from '../lib/annotate/schema';
import { buildIndex } from '../lib/index/build';
import { createMatcher, type Matcher } from '../lib/match/matcher';
import type { Article } from '../lib/seeds/metadata';

/**
 * A small story written for the tests, told by four outlets, whose differences are clear-cut whatever
 * the engine's tuning: the page's toll (53 killed, more than 70 injured) against another outlet's 89
 * killed (two exact tolls: a conflict) and more than 75 injured (both can be true: a detail), a third
 * outlet's hedged, attributed "may have killed 53 … dozens of others" (details), and a fourth that
 * states the toll twice, as its headline and in its body. Tests of what the reader sees (the popup's
 * cards, axes and marks; the summary line) use it rather than the seed story, whose differences move
 * with every change of the engine.
 */
const meta = (outlet: string): Article['meta'] => ({ outlet, title: 'Lahaina fire', language: 'en', date: '2023-08-12', inferred: [] });

export const FIRE_PAGE: Article = {
  id: 'fire-page',
  meta: meta('Island Gazette'),
  text: [
    'Wildfire on Maui kills 53 people',
    'Hawaiian Electric shut off power to 12,000 customers on Maui.',
    'Governor Josh Green said the fire destroyed more than 2,200 buildings in Lahaina.',
    'The fire in Lahaina killed 53 people and injured more than 70 others, Maui County officials said on Friday.',
  ].join('\n'),
};

export const FIRE_OUTLETS: readonly Article[] = [
  {
    id: 'fire-herald',
    meta: meta('Coast Herald'),
    text: [
      'The fire in Lahaina killed 89 people and injured more than 75 others.',
      'Governor Josh Green said the fire destroyed more than 2,700 buildings in Lahaina.',
    ].join('\n'),
  },
  {
    id: 'fire-radio',
    meta: meta('Valley Radio'),
    text: 'The fire in Lahaina may have killed 53 people and injured dozens of others, according to Maui County.',
  },
  {
    id: 'fire-wire',
    meta: meta('Pacific Wire'),
    text: [
      'Lahaina fire killed 53 people and injured more than 70 others',
      'Maui County officials said the fire in Lahaina killed 53 people and injured more than 70 others.',
      'Hawaiian Electric shut off power to 12,000 customers on Maui.',
    ].join('\n'),
  },
];

/** The index of the four outlets and the page itself (so the page is recognised as its own source). */
export function fireMatcher(): Matcher {
  return createMatcher(buildIndex([FIRE_PAGE, ...FIRE_OUTLETS], 'parallax test'));
}

/** The page annotated against the story's index. */
export function firePage(m: Matcher = fireMatcher(), title = 'Wildfire on Maui'): PageAnnotations {
  return annotatePage({ text: FIRE_PAGE.text, url: 'https://example.test/fire', title, date: '2023-08-12' }, m);
}

/** The page's sentences, in page order: an agreement, a detail, a conflict. */
export const POWER = 'Hawaiian Electric shut off power to 12,000 customers on Maui.';
export const BUILDINGS = 'Governor Josh Green said the fire destroyed more than 2,200 buildings in Lahaina.';
export const TOLL = 'The fire in Lahaina killed 53 people and injured more than 70 others, Maui County officials said on Friday.';
