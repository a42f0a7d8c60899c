import { STOPWORDS } from '../text/stopwords';

/**
 * Numbers that are part of a name: "Flight 1282", "Boeing 737", "MAX 9", "Apollo 11", "Article 5",
 * "Route 66". English typography, no list of any story's names: a bare whole number (no separator,
 * decimals, sign or scale) right after a capitalised word. Such a number counts nothing
 * (lib/claims/quantities.ts) and belongs to the name it follows (lib/claims/entities.ts), so that
 * "Flight 1282 left Portland" and "Alaska Airlines Flight 1282, bound for Ontario" share the flight.
 */

/** The capitalised word right before a position, with one space or hyphen between. */
const WORD_BEFORE = /(\p{Lu}[\p{L}’'.]*)[ -]$/u;
/**
 * Months, weekdays (a date), a possessive ("Alaska's 65 jets"), titles and currency abbreviations are
 * not names a number belongs to; nor the determiners and prepositions that open a count at a sentence's
 * start and that the stopword list lacks ("Another 76 people were injured", "Plus 12 more").
 */
const NOT_A_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:no|rs|us|mr|mrs|ms|dr|st)\.?$|^(?:another|additional|around|almost|fewer|plus|minus|excluding|beyond|towards?|whereas)$|[’']s$/i;
/** A headline in title case capitalises its verbs ("Storm Kills 12"): names cannot be read from capitals there. A sentence full of names ("Alaska Airlines Flight 1282, bound for Ontario, California, …") still has lower-case words. */
const TITLE_CASE_SHARE = 0.85;

function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

/**
 * The name word a number at `start` belongs to, or undefined when the number is a count. `text` is the
 * sentence; a sentence's first word counts too ("Flight 1282 left"), unless it is a function word or an
 * adverb ("Some 300", "Nearly 80").
 */
export function designationOf(text: string, start: number, numeral: string): string | undefined {
  if (!/^\d+$/.test(numeral)) return undefined;
  const word = text.slice(Math.max(0, start - 40), start).match(WORD_BEFORE)?.[1];
  if (!word || NOT_A_NAME.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || /ly$/.test(lower)) return undefined;
  if (isTitleCase(text)) return undefined;
  return word;
}

/** A bare number of three or more digits right after a capitalised word: a model or flight number. */
// Only the space or hyphen is looked behind for here; the capitalised word before it is designationOf's
// (WORD_BEFORE): a lookbehind over the whole word was tried at every character of every sentence.
const LONG_DESIGNATION = /(?<=[ -])\d{3,}(?![\d,.]\d)/gu;

/**
 * Numbers of three or more digits an article writes as part of a name ("Boeing 737", "Flight 1282"):
 * the same number elsewhere in it names the same thing ("one of its 737 Max 9 jets"), not a count.
 * Shorter numbers are left out: "MAX 9" does not make "9 aircraft" a name.
 */
export function designatedNumbers(sentences: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.matchAll(LONG_DESIGNATION)) if (designationOf(s, m.index ?? 0, m[0])) out.add(m[0]);
  return out;
}
