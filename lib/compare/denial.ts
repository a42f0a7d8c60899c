import { deniesAt, NEGATIONS } from '../claims/certainty';
import { findQuotes, withoutQuotes } from '../claims/quotes';
import { AGE, type Quantity } from '../claims/quantities';
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

/** A relative pronoun opening the clause a negation stands in, a few words before it ("who had not", "which did not"); not "that", which also opens what was said ("said that it had not"). */
const RELATIVE_BEFORE = /\b(?:who|whom|whose|which)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** Words that deny or refuse without a negation word. */
const NEGATED_IN_WORDS = /\b(?:against|declin(?:ed|es|ing)|refus(?:ed|es|ing)|reject(?:ed|s|ing)|den(?:ied|ies|y)|without|avoid(?:ed|s|ing)?|fail(?:ed|s)|instead\s+of|rather\s+than|halt(?:ed)?|stopp?(?:ed)?)\b/i;

/** A count of one or more things (not a sum, a share, a measure or a span of time). */
const NOT_COUNTS = new RegExp(`^(?:money:|percent|points|measure:|span$|${AGE}$|ordinal:)`);
const isCountOfSome = (q: Quantity): boolean => q.value !== null && q.value >= 1 && !NOT_COUNTS.test(q.counted);

/** Between two words of a negation's reach: a choice ("local or foreign", "neither X nor Y"). */
const ALTERNATIVE = /(?:^|\s)(?:or|nor)\s+$/i;

/** Where a negation's clause ends, for the words it may govern: a clause mark or a contrast ("…were not taken, but…"); not the points of "U.S." nor the colon of "2:01". */
const CLAUSE_END = /[;!?]|:(?!\d)|\.(?=\s+\p{Lu}|\s*$)|\b(?:but|although|though|however|while|whereas|yet)\b/gu;

interface Reading {
  /**
   * Per negation: the concepts it denies (all, and as slots: a slot holds a word and the choices after
   * "or"), the words as written from the negation on, what it is denied of, and `none`: the negation
   * is the determiner "no" ("no workers were hurt"), which says there were none.
   */
  groups: { concepts: string[]; slots: string[][]; phrase: string; subject: string[]; none: boolean }[];
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

/** A word prefixed with "non-": its negation in one word. */
const NON_PREFIX = /\bnon-\p{L}/iu;
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
      if (!deniesAt(text, at, m[0])) continue;
      const end = ends.find((e) => e > at) ?? text.length;
      // The whole clause, its subject too: "Customer names weren't included" does not state names as fact.
      const begin = ends.filter((e) => e < at).pop() ?? 0;
      for (const w of words) if (w.start >= begin && w.end <= end) governed.add(w.concept);
      // The words a negation reaches, as slots: a word after "or" / "nor" is another choice for the slot
      // before it ("no local or foreign workers were hurt": local or foreign, workers, hurt).
      const slots: string[][] = [];
      let lastEnd = -1;
      let phraseEnd = at + m[0].length;
      for (const w of words) {
        if (w.start <= at) continue;
        const choice = ALTERNATIVE.test(text.slice(lastEnd >= 0 ? lastEnd : at + m[0].length, w.start));
        // A choice whose first member is no content word ("no U.K. or foreign workers"): the slot cannot be checked, so it is left out.
        if (choice && slots.length === 0) {
          lastEnd = w.end;
          continue;
        }
        if (choice) (slots[slots.length - 1] as string[]).push(w.concept);
        else if (slots.length < NEGATION_REACH) slots.push([w.concept]);
        else break;
        lastEnd = w.end;
        phraseEnd = w.end;
      }
      // "did not say when…", "would not confirm": not saying a thing denies nothing of it.
      if (NOT_SAYING.test(text.slice(at + m[0].length))) continue;
      // "cases in people who had not travelled to Africa": a relative clause's negation says which
      // ones the sentence speaks of, it denies nothing the sentence states.
      if (RELATIVE_BEFORE.test(text.slice(Math.max(begin, at - 40), at))) continue;
      const phrase = text.slice(at, phraseEnd);
      // What is denied of: the content words before the negation ("Computers that use Mac or Linux were not hit").
      const subject = words.filter((w) => w.end <= at).map((w) => w.concept);
      groups.push({ concepts: slots.flat(), slots, phrase, subject, none: /^no$/i.test(m[0]) });
      for (const c of slots.flat()) denied.add(c);
    }
  }
  // A word after "non-" ("non-urgent operations") is denied in the word itself: not stated as fact, so
  // "postponed the surgeries not urgent" does not deny what it says.
  // (A hyphenated word's parts each span the whole word.)
  if (NON_PREFIX.test(text)) for (const w of words) if (w.word.toLowerCase() !== 'non' && NON_PREFIX.test(text.slice(w.start, w.end))) governed.add(w.concept);
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
  const deniedIn = (x: Reading, y: Reading, yClaim: Claim) => x.groups.find((g) => {
    const isStated = (slot: string[]) => slot.some((c) => y.all.has(c) && !y.governed.has(c));
    let stated = g.slots.filter(isStated).length;
    // "No local or foreign workers were hurt" against "four local staff were injured": a count of
    // one or more of those the denial says there were none of, told with another noun. The noun may
    // go unmatched when every other word the denial reaches is stated, its last (what happened) too.
    if (g.none && g.slots.length === DENIED_WORDS_SHARED && stated === g.slots.length - 1 && isStated(g.slots[g.slots.length - 1] as string[]) && yClaim.quantities.some(isCountOfSome)) stated++;
    // The other sentence must speak of the same subject (a word of it), when the denial names one:
    // "Computers that use Mac or Linux were not hit" does not deny "Airlines were among the hardest hit".
    const sameSubject = g.subject.length === 0 || g.subject.some((c) => y.all.has(c));
    return g.slots.length > 0 && sameSubject && stated >= Math.min(DENIED_WORDS_SHARED, g.slots.length) && g.concepts.every((c) => !y.denied.has(c));
  });
  const ga = deniedIn(a, b, there);
  if (ga) return { kind: 'certainty', severity: 'conflict', here: ga.phrase, there: '(stated as fact)' };
  const gb = deniedIn(b, a, here);
  if (gb) return { kind: 'certainty', severity: 'conflict', here: '(stated as fact)', there: gb.phrase };
  return null;
}
