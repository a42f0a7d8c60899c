import type { Claim } from '../claims/schema';
import { entityDef } from '../claims/entities';
import { oncePer } from '../memo';
import { contentWords } from '../text/content-words';
import { NONE, type Difference } from './difference';

const name = (id: string) => entityDef(id)?.name ?? id;

/**
 * A connective that sets the sentence's event against another: "before"-words put the event first,
 * "after"-words put the other first. "once" only before a noun phrase ("once the first results
 * showed"), not "once again". English grammar of time, no story's words.
 */
const CONNECTIVE = /\b(?:(before|prior\s+to|ahead\s+of|preceding)|(after|following|once(?=\s+(?:the|a|an|its|their|all)\b)))\s+/gi;
/** Where the phrase a connective governs ends: a clause break. */
const CLAUSE_END = /[,;:—–()]|\b(?:but|and|while|when|which|who|as)\b/;
/** Words of the phrase that say nothing of which event it is: time words ("minutes", "hours", "days", "weeks"), reporting words. */
const NOT_AN_EVENT = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moment', 'moments', 'said', 'says', 'told', 'time', 'even', 'just', 'shortly', 'long', 'later', 'earlier', 'first']);

/**
 * An event a sentence places its own before (`otherFirst` false) or after (`otherFirst` true): the
 * concepts of the phrase naming the other event, those of the rest of the sentence (names left out: a
 * shared name is not a shared event), and whether the phrase holds a date.
 */
interface Relative { otherFirst: boolean; concepts: Set<string>; own: Set<string>; dated: boolean; text: string }

/** Lower-case content concepts of a span (a capitalised word is a name or the sentence's first word). */
function plainConcepts(text: string): Set<string> {
  return new Set(contentWords(text).filter((w) => !/^\p{Lu}/u.test(text.slice(w.start, w.end)) && !NOT_AN_EVENT.has(w.word)).map((w) => w.concept));
}

/** The sentence's events placed before or after another, read once per claim (outside quotations). */
const relativesOf = oncePer((c: Claim): Relative[] => {
  const out: Relative[] = [];
  for (const m of c.text.matchAll(CONNECTIVE)) {
    const at = m.index ?? 0;
    if (c.quotes.some((q) => at >= q.start && at < q.end)) continue;
    const from = at + m[0].length;
    const rest = c.text.slice(from);
    const stop = rest.search(CLAUSE_END);
    const phrase = stop < 0 ? rest : rest.slice(0, stop);
    const concepts = new Set(contentWords(phrase).filter((w) => !NOT_AN_EVENT.has(w.word)).map((w) => w.concept));
    // The sentence's own event: its words outside the connective's phrase ("After Y, X" or "X after Y").
    const own = plainConcepts(`${c.text.slice(0, at)} ${c.text.slice(from + phrase.length)}`);
    for (const x of concepts) own.delete(x);
    const dated = c.dates.some((d) => d.start >= from && d.start < from + phrase.length);
    if (concepts.size > 0) out.push({ otherFirst: m[2] !== undefined, concepts, own, dated, text: `${m[0]}${phrase}`.trim() });
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
  if (a.otherFirst === b.otherFirst) return NONE;
  // Two dated events ("following a rise in March" / "before the bank raised rates today") are two events.
  if (a.dated && b.dated) return NONE;
  // The same event on both sides (a word outside the phrases, not a name: "Acme conceded before …" /
  // "Acme conceded … once …"), set against the same other event.
  if (![...a.own].some((x) => b.own.has(x))) return NONE;
  for (const x of a.concepts) if (b.concepts.has(x)) return [{ kind: 'order', severity: 'conflict', here: a.text, there: b.text }];
  return NONE;
}
