import { nameKey } from '../claims/features';
import { AGE_HAS_VERBS, AGE_IS_VERBS, type Quantity } from '../claims/quantities';

/**
 * Whose age a figure is, when the text sets it off after a name or says it of one: "Jane Roe, 37, a
 * retired diver", "Navy diver John Doe, 38,", "Roe (33)", "Roe is 37 and…". The last two capitalised
 * words before it, accents folded, lower-cased: a title before the name ("Prime Minister", "Navy
 * SEAL") is not who it is.
 * Undefined for an age told otherwise ("a 38-year-old", "aged 41"): its owner is not in its place.
 */
export function ageOwner(text: string, q: Pick<Quantity, 'start'>): readonly string[] | undefined {
  const before = text.slice(Math.max(0, q.start - OWNER_REACH), q.start);
  const m = APPOSED_NAME.exec(before);
  if (!m) return undefined;
  const words = (m[1] as string).split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));
  return words.length ? words.slice(-OWNER_WORDS).map((w) => nameKey(w.toLowerCase())) : undefined;
}

/** How far before an age its owner's name is looked for: a name and a title or two. */
const OWNER_REACH = 60;
/** Capitalised words of an owner kept: a given name and a surname. */
const OWNER_WORDS = 2;
/** Capitalised words right before ", N", "(N" or "is N" ("has N years", a translation's): the age's owner, as lib/claims/quantities.ts reads an age. */
const APPOSED_NAME = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+)*\\p{Lu}[\\p{L}’'-]*)(?:,\\s|\\s?\\(|\\s+(?:${AGE_IS_VERBS}|${AGE_HAS_VERBS})\\s+)$`, 'u');

/**
 * Two apposed ages are one person's when their owners share a name word ("Saman Kunan, 37" /
 * "Navy SEAL Saman Gunan, 38": one man, his name transliterated two ways; "Denise Carter, 62" /
 * "Denise Carter, 61"), and two people's when they share none ("Jane Roe, 37" / "John Doe, 38").
 * Undefined when either age has no owner in its place.
 */
export function sameAgeOwner(hereText: string, a: Pick<Quantity, 'start'>, thereText: string, b: Pick<Quantity, 'start'>): boolean | undefined {
  const x = ageOwner(hereText, a);
  const y = ageOwner(thereText, b);
  if (!x || !y) return undefined;
  return x.some((w) => y.includes(w));
}
