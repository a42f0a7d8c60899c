import type { Claim } from '../claims/schema';
import { entityDef } from '../claims/entities';
import { oncePer } from '../memo';
import { contentWords, type ContentWord } from '../text/content-words';
import { NONE, type Difference } from './difference';

const name = (id: string) => entityDef(id)?.name ?? id;

/**
 * A connective that sets the sentence's event against another: "before"-words put the event first,
 * "after"-words put the other first. "once" only before a noun phrase ("once the first results
 * showed"), not "once again". "then" after a comma or "and", before a lower-case word ("spent the
 * morning at the site, then chaired a meeting"), puts the event before it first, as "before" does;
 * not "then-president", "by then", "since then". English grammar of time, no story's words.
 */
const CONNECTIVE = /\b(?:(before|prior\s+to|ahead\s+of|preceding)|(after|following|once(?=\s+(?:the|a|an|its|their|all)\b)))\s+|(?:,\s*(?:and\s+)?|\band\s+)(then)\s+/giu;
/**
 * Concepts an event must share with the other side's governed phrase, each way, for two sentences
 * with the same connective to tell the two events swapped (compareOrder). Rule: one shared concept is
 * as often a word of the story as of the event; 2 is the least that names an act and its object
 * ("visited the site" / "visiting the site"). Tuned stories: at 1, four false order conflicts.
 */
const CROSSED_MIN_SHARED = 2;
const sharedCount = (x: ReadonlySet<string>, y: ReadonlySet<string>): number => {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n;
};

/** Where the phrase a connective governs ends: a clause break. */
const CLAUSE_END = /[,;:—–()]|\b(?:but|and|while|when|which|who|as)\b/;
/** Words of the phrase that say nothing of which event it is: time words ("minutes", "hours", "days", "weeks"), reporting words. */
const NOT_AN_EVENT = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moment', 'moments', 'said', 'says', 'told', 'time', 'even', 'just', 'shortly', 'long', 'later', 'earlier', 'first']);

/**
 * An event a sentence places its own before (`otherFirst` false) or after (`otherFirst` true): the
 * concepts of the phrase naming the other event, those of the rest of the sentence (names left out: a
 * shared name is not a shared event), and whether the phrase holds a date.
 */
interface Relative { otherFirst: boolean; concepts: Set<string>; own: Set<string>; ownNamed: Set<string>; core: Set<string>; dated: boolean; text: string }

/** Lower-case content concepts of some of a sentence's words (a capitalised word is a name or the sentence's first word). */
function plainConcepts(text: string, words: readonly ContentWord[]): Set<string> {
  return new Set(words.filter((w) => !/^\p{Lu}/u.test(text.slice(w.start, w.end)) && !NOT_AN_EVENT.has(w.word)).map((w) => w.concept));
}

/** The sentence's events placed before or after another, read once per claim (outside quotations). */
const relativesOf = oncePer((c: Claim): Relative[] => {
  const out: Relative[] = [];
  // The sentence's words, read once; each connective's phrase and its own event are ranges of them.
  let words: ContentWord[] | undefined;
  for (const m of c.text.matchAll(CONNECTIVE)) {
    const at = m.index ?? 0;
    if (c.quotes.some((q) => at >= q.start && at < q.end)) continue;
    words ??= contentWords(c.text);
    const from = at + m[0].length;
    const before = words.filter((w) => w.end <= at);
    // "then" orders two events of its sentence only when an event stands before it: after a subject
    // alone ("The emir, Jane Roe, then draped…") it follows the sentence before.
    // A lower-case word after "then" (checked here: the pattern's case-insensitive flag folds a \p{Ll} lookahead).
    if (m[3] !== undefined && (plainConcepts(c.text, before).size === 0 || !/^\p{Ll}/u.test(c.text.slice(from)))) continue;
    const rest = c.text.slice(from);
    const stop = rest.search(CLAUSE_END);
    const phrase = stop < 0 ? rest : rest.slice(0, stop);
    const phraseEnd = from + phrase.length;
    const concepts = new Set(words.filter((w) => w.start >= from && w.end <= phraseEnd && !NOT_AN_EVENT.has(w.word)).map((w) => w.concept));
    // The sentence's own event: its words outside the connective's phrase ("After Y, X" or "X after Y").
    const after = words.filter((w) => w.start >= phraseEnd);
    const outside = [...before, ...after];
    const own = plainConcepts(c.text, outside);
    for (const x of concepts) own.delete(x);
    // With its names: a place or body the event happens at ("went to Acme's headquarters" / "spent the afternoon at Acme's control centre").
    const ownNamed = new Set(outside.map((w) => w.concept).filter((x) => !concepts.has(x) && !NOT_AN_EVENT.has(x)));
    // The own event where it surely stands: before the connective, or after its phrase when the
    // sentence opens with it. Words after a phrase in mid-sentence may still be the phrase's ("a week
    // after the company halted sales and launched a recall over batteries that can catch fire").
    const core = plainConcepts(c.text, at > 0 ? before : after);
    for (const x of concepts) core.delete(x);
    const dated = c.dates.some((d) => d.start >= from && d.start < phraseEnd);
    if (concepts.size > 0) out.push({ otherFirst: m[2] !== undefined, concepts, own, ownNamed, core, dated, text: `${m[0]}${phrase}`.replace(/^[,\s]+/, '').trim() });
  }
  return out;
});

/**
 * Before/after: the same two events in opposite order cannot both be right. Read from the named
 * events of claims/order.ts ("after Smith's arrest" / "before Smith's arrest"), then from the phrases
 * the connectives govern: two linked sentences (one fact) that set their event before and after the
 * same other event ("conceded before official results were released" / "conceded once the first
 * official results showed him trailing") tell two orders.
 */
export function compareOrder(here: Claim, there: Claim): readonly Difference[] {
  for (const a of here.order) {
    const b = there.order.find((x) => x.first === a.second && x.second === a.first);
    if (b) {
      return [{
        kind: 'order',
        severity: 'conflict',
        here: `${name(a.first)} before ${name(a.second)} ("${a.text}")`,
        there: `${name(b.first)} before ${name(b.second)} ("${b.text}")`,
      }];
    }
  }
  const ra = relativesOf(here);
  if (ra.length === 0) return NONE;
  const rb = relativesOf(there);
  // One connective a side: with several, which event each sets against which is a guess.
  if (ra.length !== 1 || rb.length !== 1) return NONE;
  const a = ra[0] as Relative;
  const b = rb[0] as Relative;
  const shares = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].some((w) => y.has(w));
  if (a.otherFirst === b.otherFirst) {
    // The same connective on both sides, the two events swapped: "After visiting the site, the
    // president declared mourning" / "the president, who visited the site after declaring mourning".
    // Each side's own event is the other's governed one, and the two governed phrases share nothing
    // (with "after" on both sides over one event, the sentences tell the same order). Dates do not
    // part them here: each event is named twice, each time on the other side of the connective.
    // Two words at least each way, between each governed phrase and the other side's own event where
    // it surely stands (`core`); a word both own events share (the subject, "the mayor") may be in
    // neither phrase. One shared word ("bridge", "trading") is as often the story's as the event's.
    const between = [...a.core].filter((w) => b.core.has(w));
    if (!shares(a.concepts, b.concepts) && !between.some((w) => a.concepts.has(w) || b.concepts.has(w)) && sharedCount(a.core, b.concepts) >= CROSSED_MIN_SHARED && sharedCount(b.core, a.concepts) >= CROSSED_MIN_SHARED) return [{ kind: 'order', severity: 'conflict', here: a.text, there: b.text }];
    return NONE;
  }
  // Two dated events ("following a rise in March" / "before the bank raised rates today") are two events.
  if (a.dated && b.dated) return NONE;
  // The same event on both sides (a word outside the phrases, not a name: "Acme conceded before …" /
  // "Acme conceded … once …"), set against the same other event.
  // Or, set against one other event named alike (CROSSED_MIN_SHARED words), an own event told in other
  // words but at the same names: a person and where they went, both sides.
  if (!shares(a.own, b.own) && !(sharedCount(a.concepts, b.concepts) >= CROSSED_MIN_SHARED && sharedCount(a.ownNamed, b.ownNamed) >= CROSSED_MIN_SHARED)) return NONE;
  for (const x of a.concepts) if (b.concepts.has(x)) return [{ kind: 'order', severity: 'conflict', here: a.text, there: b.text }];
  return NONE;
}
