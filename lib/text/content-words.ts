import { conceptOf } from './concepts';
import { STOPWORDS } from './stopwords';
import { tokenize } from './tokens';

/** Words shorter than this carry no topic ("al", "de", "us"). */
const MIN_WORD_LENGTH = 3;

export interface ContentWord {
  /** Lower-cased, as written (one part of a hyphenated token). */
  word: string;
  /** Its concept (conceptOf): a synonym group's name, or its stem. */
  concept: string;
  /** The token it belongs to. */
  start: number;
  end: number;
}

/**
 * The words of a text that can carry a fact: each part of a hyphenated token on its own ("rebel-linked"
 * → rebel, linked), without stop words, numbers and words under three letters.
 */
export function contentWords(text: string): ContentWord[] {
  const out: ContentWord[] = [];
  for (const t of tokenize(text)) {
    for (const part of t.lower.includes('-') ? t.lower.split('-') : [t.lower]) {
      // Points of an abbreviation do not count: "U.S." is "US", "U.N." is "UN" (and, as those, too short to carry a topic).
      const bare = part.endsWith('.') ? part.slice(0, -1) : part;
      const word = bare.length === 3 && bare[1] === '.' ? `${bare[0]}${bare[2]}` : bare;
      if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word) || /\d/.test(word)) continue;
      out.push({ word, concept: conceptOf(word), start: t.start, end: t.end });
    }
  }
  return out;
}
