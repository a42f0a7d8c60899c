import { NEGATIONS, NOT_DENIAL } from '../claims/certainty';
import { findQuotes, withoutQuotes } from '../claims/quotes';
import type { Claim } from '../claims/schema';
import { oncePer } from '../memo';
import { contentWords } from '../text/content-words';
import type { Difference } from './difference';

/** A negation denies the content words that follow it, up to this many: "no U.S. troops were harmed" denies troops and harmed. */
export const NEGATION_REACH = 3;

/** How many of the words a negation reaches the other sentence must state: all of them (with two, "did not directly name the government" denied "the name of the government remains classified", 6 false conflicts on the tuned stories). */
export const DENIED_WORDS_SHARED = NEGATION_REACH;

/** A verb of saying or knowing right after a negation. */
const NOT_SAYING = /^\s+(?:(?:yet|immediately|publicly|directly|explicitly)\s+)?(?:say|said|tell|told|confirm|comment|disclose|specify|know|knew|explain|reveal|give|gave|name|named|identify|elaborate|respond)\b/i;

/** Words that deny or refuse without a negation word. */
const NEGATED_IN_WORDS = /\b(?:against|declin(?:ed|es|ing)|refus(?:ed|es|ing)|reject(?:ed|s|ing)|den(?:ied|ies|y)|without|avoid(?:ed|s|ing)?|fail(?:ed|s)|instead\s+of|rather\s+than|halt(?:ed)?|stopp?(?:ed)?)\b/i;

/** Where a negation's clause ends, for the words it may govern: a clause mark or a contrast ("…were not taken, but…"); not the points of "U.S." nor the colon of "2:01". */
const CLAUSE_END = /[;!?]|:(?!\d)|\.(?=\s+\p{Lu}|\s*$)|\b(?:but|although|though|however|while|whereas|yet)\b/gu;

interface Reading {
  /** Per negation: the concepts it denies, and the words as written from the negation on. */
  groups: { concepts: string[]; phrase: string; subject: string[] }[];
  /** Every concept a negation reaches. */
  denied: Set<string>;
  /**
   * Every concept of a negation's clause, from its start to its end: what the sentence may deny, its
   * subject and a list included ("does not include the content of calls or texts, Social Security numbers, dates of
   * birth"). A word here is not stated as fact, so it never contradicts another sentence's denial.
   */
  governed: Set<string>;
  /** Every concept of the sentence. */
  all: Set<string>;
}

/** What a claim denies and what it speaks of, outside quotations, read once per claim. */
const readingOf = oncePer((c: Claim): Reading => {
  const text = withoutQuotes(c.text, findQuotes(c.text));
  const words = contentWords(text);
  const groups: Reading['groups'] = [];
  const denied = new Set<string>();
  const governed = new Set<string>();
  if (c.certainty.negations.length > 0) {
    const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index ?? 0);
    for (const m of text.matchAll(NEGATIONS)) {
      const at = m.index ?? 0;
      if (NOT_DENIAL.test(text.slice(at))) continue;
      const end = ends.find((e) => e > at) ?? text.length;
      // The whole clause, its subject too: "Customer names weren't included" does not state names as fact.
      const begin = ends.filter((e) => e < at).pop() ?? 0;
      for (const w of words) if (w.start >= begin && w.end <= end) governed.add(w.concept);
      const next = words.filter((w) => w.start > at).slice(0, NEGATION_REACH);
      // "did not say when…", "would not confirm": not saying a thing denies nothing of it.
      if (NOT_SAYING.test(text.slice(at + m[0].length))) continue;
      const phrase = next.length ? text.slice(at, (next[next.length - 1] as { end: number }).end) : m[0];
      // What is denied of: the content words before the negation ("Computers that use Mac or Linux were not hit").
      const subject = words.filter((w) => w.end <= at).map((w) => w.concept);
      groups.push({ concepts: next.map((w) => w.concept), phrase, subject });
      for (const w of next) denied.add(w.concept);
    }
  }
  return { groups, denied, governed, all: new Set(words.map((w) => w.concept)) };
});

/**
 * One side denies what the other states: "the banyan tree did not survive" / "the banyan tree is
 * still standing" is not it, but "no injuries were reported" / "two firefighters suffered injuries" is.
 * A denial counts only where the other sentence states, undenied, at least two of the words it reaches
 * (all of them when it reaches one): a negation elsewhere in the sentence ("officials did not say
 * when…") denies another thing than the shared fact.
 */
export function compareDenial(here: Claim, there: Claim): Difference | null {
  if (here.certainty.negations.length === 0 && there.certainty.negations.length === 0) return null;
  // A side that refuses in other words ("decided against taking action", "declined to") denies too:
  // no contradiction can be read between the two.
  if (NEGATED_IN_WORDS.test(here.text) || NEGATED_IN_WORDS.test(there.text)) return null;
  const a = readingOf(here);
  const b = readingOf(there);
  const deniedIn = (x: Reading, y: Reading) => x.groups.find((g) => {
    const stated = g.concepts.filter((c) => y.all.has(c) && !y.governed.has(c)).length;
    // The other sentence must speak of the same subject (a word of it), when the denial names one:
    // "Computers that use Mac or Linux were not hit" does not deny "Airlines were among the hardest hit".
    const sameSubject = g.subject.length === 0 || g.subject.some((c) => y.all.has(c));
    return g.concepts.length > 0 && sameSubject && stated >= Math.min(DENIED_WORDS_SHARED, g.concepts.length) && g.concepts.every((c) => !y.denied.has(c));
  });
  const ga = deniedIn(a, b);
  if (ga) return { kind: 'certainty', severity: 'conflict', here: ga.phrase, there: '(stated as fact)' };
  const gb = deniedIn(b, a);
  if (gb) return { kind: 'certainty', severity: 'conflict', here: '(stated as fact)', there: gb.phrase };
  return null;
}
