import type { Mention } from './entities';
import { conceptOf } from '../text/concepts';
import { STOPWORDS } from '../text/stopwords';
import { tokenize } from '../text/tokens';

/** Words shorter than this carry no topic ("al", "de", "us"). */
const MIN_WORD_LENGTH = 3;

/**
 * The features two sentences are matched on: one `e:<id>` per entity mentioned and one concept per
 * content word outside the mentions (stop words, numbers and reporting verbs dropped). Numbers and
 * dates are deliberately not features: sharing "December 11" or "70" says nothing about sharing a fact.
 */
export function claimFeatures(text: string, mentions: readonly Mention[]): string[] {
  const set = new Set<string>();
  let blanked = text;
  for (const m of mentions) {
    set.add(`e:${m.entity}`);
    blanked = blanked.slice(0, m.start) + ' '.repeat(m.end - m.start) + blanked.slice(m.end);
  }
  for (const t of tokenize(blanked)) {
    for (const part of t.lower.split('-')) {
      const w = part.replace(/\.$/, '');
      if (w.length < MIN_WORD_LENGTH || STOPWORDS.has(w) || /\d/.test(w)) continue;
      set.add(conceptOf(w));
    }
  }
  return [...set].sort();
}
