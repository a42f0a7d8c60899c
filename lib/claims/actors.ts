import IRREGULAR_PAST_FORMS from '../../generated/lexicon/irregular-past.json';
import type { Mention } from './entities';
import { entityDef } from './entities';
import { conceptOf } from '../text/concepts';

/** Prefix of an act's class read from its verb alone (PAST_TENSE). */
export const DONE = 'do:';

/** Someone named doing something: "the central bank decided", "Powell said", "the agency's officials recommended". */
export interface Act {
  actor: string;
  /** The act's class: decide, recommend, say, deny, assess. */
  act: string;
  /** Words as written, from the actor to the verb. */
  text: string;
}

const ACT_VERBS: [RegExp, string][] = [
  [/^(?:decided|decides|decide|chose|opted|resolved|voted|approved|ordered|decreed)\b/i, 'decide'],
  [/^(?:announced|announces|unveiled|confirmed|confirms)\b/i, 'announce'],
  [/^(?:recommended|advised|urged|proposed)\b/i, 'recommend'],
  [/^(?:denied|denies|dismissed|rejected)\b/i, 'deny'],
  [/^(?:assessed|concluded|determined|found)\b/i, 'assess'],
  // Who said a thing is who acted in reporting: another speaker for the same fact is an actor detail.
  // Translations render "said" as "affirmed", "assured", "indicated", "underlined". Not "reported" (a
  // newspaper reporting is no actor of the fact) nor "informed", "specified" (tried: more same-body
  // pairs told by name and by title than differences found; tests/corpus/TUNING.md, session 30).
  [/^(?:said|says|told|stated|argued|warned|added|wrote|writes|noted|explained|declared|insisted|claimed|estimated|estimates|affirmed|affirms|assured|assures|asserted|indicated|indicates|underlined|stressed|emphasi[sz]ed|acknowledged|admitted|maintained)\b/i, 'say'],
];
/** The act class a verb tells (ACT_VERBS), or undefined. */
const actOf = (verb: string): string | undefined => ACT_VERBS.find(([re]) => re.test(verb))?.[1];
/**
 * "called it" and a quotation: saying, in the words quoted ("Jane Roe called it “a landmark”"). Not
 * "called for", "called off", "called on": acts of their own.
 */
const CALLED_QUOTE = /^\s+(?:it|this|that|them|him|her|the\s+[\p{L}’'-]+)\s+[“"‘«]/u;
/** The act of `verb` with the words after it (`after`): ACT_VERBS, or saying for "called it “…”". */
const actWith = (verb: string, after: string): string | undefined => actOf(verb) ?? (/^(?:called|calls)$/i.test(verb) && CALLED_QUOTE.test(after) ? 'say' : undefined);

/**
 * The same verbs before the name, as news writes attribution after a quotation ("…, said Moez Sanaa,
 * the WHO's head of standards"; "said the finance chief Colette Kress"), "according to", and a
 * decision "taken by" or "made by" someone (deciding, in the passive): up to
 * four words (a title, an article) between verb and name, no other name. The verb must follow a comma
 * or a closing quotation mark: "The ministry said Ruritania withdrew its troops" names Ruritania as who withdrew,
 * not who said.
 */
const VERB_BEFORE = /(?:[,”"’“«»]\s*(?:has\s+|have\s+|had\s+)?(said|says|told|stated|argued|warned|added|wrote|noted|explained|declared|insisted|claimed|estimated|announced|confirmed|affirmed|assured|asserted|indicated|underlined|stressed|acknowledged|admitted)|\b(according\s+to)|\b(decision\s+(?:was|is|has\s+been|had\s+been)\s+(?:taken|made)\s+by))\s+(?:[\p{L}’'.-]+\s+){0,4}$/iu;
/**
 * How far before a name VERB_BEFORE is looked for (characters): a verb, its auxiliary and four words
 * fit in far less. The pattern ends at the name and would otherwise be tried from every character of
 * the text before it (a tenth of the time a sentence's claims took).
 */
const VERB_BEFORE_REACH = 200;
/** VERB_BEFORE in text[from, to), read in its last VERB_BEFORE_REACH characters (the whole span when a match opens the window: a word cut there). */
function verbBefore(text: string, from: number, to: number): RegExpExecArray | null {
  const start = Math.max(from, to - VERB_BEFORE_REACH);
  const m = VERB_BEFORE.exec(text.slice(start, to));
  return m && m.index === 0 && start > from ? VERB_BEFORE.exec(text.slice(from, to)) : m;
}
/** "Olaf Scholz, the finance minister, said": an apposition between a name and its verb. */
const APPOSITION_THEN_VERB = /^,\s[^,;:“”"]{1,60},\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}’'-]+)/u;
/**
 * Any other act, told in the past tense right after who did it ("the Coast Guard suspended the
 * search", "Fire Chief Jane Roe lifted the order"): its class is `do:` and the verb's concept, so that
 * two outlets giving one act to two different doers can be set side by side (lib/compare/actors.ts).
 * English grammar: a lower-case word ending in -ed, its object after it (OBJECT_AFTER). Not a
 * participle that describes the name ("Acme, based in Ohio", "a group called …": NOT_AN_ACT) nor a
 * passive ("Acme was fined": PASSIVE_BEFORE; the name is who the act was done to).
 */
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
/** English irregular past forms ("paid", "took", "struck"), from WordNet's exception list (generated/lexicon, scripts/gen-lexicon.ts). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_FORMS as string[]);
/** A verb in the past tense, regular or not. */
const isPastTense = (w: string): boolean => PAST_TENSE.test(w) || IRREGULAR_PAST.has(w);
const NOT_AN_ACT = new Set(['based', 'called', 'named', 'known', 'owned', 'listed', 'traded', 'scheduled', 'expected', 'supported', 'backed', 'led', 'related', 'linked', 'associated', 'affiliated', 'headquartered', 'located', 'registered', 'flagged', 'operated', 'dubbed', 'nicknamed', 'titled', 'entitled', 'aged', 'armed', 'used', 'needed', 'concerned', 'involved']);
const PASSIVE_BEFORE = /^(?:is|are|was|were|be|been|being|got|gets)$/i;
/**
 * The act done to something: a noun phrase right after the verb ("lifted the evacuation order",
 * "handed him the trophy", "ordered an inspection"), or a plural noun with no article, a word before it
 * at most ("met banking regulators", "fired workers"; not an adverb or a preposition). Without one the verb tells what happened to the
 * name ("a jet returning from the capital crashed on landing", "the index jumped 2%"), not who did it.
 */
const OBJECT_AFTER = /^\s+(?:(?:the|a|an|its|their|his|her|him|them|all|both|every)\b|(?!(?:in|on|at|to|for|by|with|from|after|before|into|over|under|as|up|out|off|down|back|again|also|then|later|earlier|early|late|that|and|or|but|of|about|around|through|during|since|until|while|when|last|this|next|yesterday|today|overnight|[\p{L}]+ly)\b)(?:\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]*s\b)/iu;
/** A verb that takes "the decision" as its object: deciding told with a noun ("made the decision himself"). */
const DECISION_TAKEN = /^(?:made|makes|took|takes)$/i;
const DECISION_AFTER = /^\s+(?:the|a|this|that)\s+(?:final\s+)?decision\b/i;
/** `verb` followed by `after` takes the decision ("took" + " the decision himself"). */
const takesDecision = (verb: string, after: string): boolean => DECISION_TAKEN.test(verb) && DECISION_AFTER.test(after);
/** A name that opens an apposition: right after a comma that follows a noun ("The ship's owner, Acme Marine, said"). */
const APPOSITION_OPENS = /\p{L}[’']?s?,\s*(?:the\s+)?$/u;
/** How far after the actor's name the verb may stand ("the city council has decided"). */
const MAX_WORDS_TO_VERB = 3;

/** Adverbs between a body and its verb ("the ministry also ordered", "the council later decided"): no part of the body's name. */
const ADVERBS_BEFORE_VERB = 'also|later|then|again|swiftly|quickly|immediately|formally|finally|eventually|subsequently|unanimously';
/** Prefix of an actor named by a common noun ("the port authority", "the shipping company"): its head noun's concept. */
export const COMMON_ACTOR = 'c:';
/** Acts whose doer a common noun may name: deciding, recommending, denying (saying is an attribution, read by certainty). */
const COMMON_NOUN_ACTS = new Set(['decide', 'recommend', 'deny']);
/**
 * A body named by a common noun at a clause's start, then one of COMMON_NOUN_ACTS' verbs: "the port
 * authority decided", "; the shipping company has ordered". Up to three words, the last the head.
 */
const COMMON_NOUN_VERBS = ACT_VERBS.filter(([, act]) => COMMON_NOUN_ACTS.has(act)).map(([re]) => re.source.replace(/^\^/, '').replace(/\\b$/, '')).join('|');
const COMMON_NOUN_ACT = new RegExp(`(?:^|[,;:]\\s+|\\bthat\\s+|^(?:On|In|By|Late|Early|Later)\\s+[^,;:]{1,30}?\\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?!(?:${ADVERBS_BEFORE_VERB})\\b)([\\p{Ll}-]{3,}))\\s+(?:(?:${ADVERBS_BEFORE_VERB})\\s+)?(?:has\\s+|had\\s+|have\\s+)?(${COMMON_NOUN_VERBS})\\b`, 'gu');

/** A decision "taken by" a body named by a common noun ("The decision was taken by the agency's emergency committee, which…"): its head noun, the last word before a break. */
const DECISION_BY_COMMON = /\bdecision\s+(?:was|is|has\s+been|had\s+been)\s+(?:taken|made)\s+by\s+(?:the|a|an|its|their)\s+((?:[\p{L}’'-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]{2,}))(?=\s*(?:[,.;:]|$|\s(?:on|in|at|after|before|which|who|that)\b))/gu;

/** Acts of bodies named by a common noun (COMMON_NOUN_ACT, DECISION_BY_COMMON), where no name stands. */
function commonNounActs(text: string): Act[] {
  const out: Act[] = [];
  for (const m of text.matchAll(DECISION_BY_COMMON)) out.push({ actor: `${COMMON_ACTOR}${conceptOf(m[2] ?? '')}`, act: 'decide', text: m[0].slice(m[0].search(/decision/i)) });
  for (const m of text.matchAll(COMMON_NOUN_ACT)) {
    const act = actOf(m[3] ?? '');
    if (!act || !COMMON_NOUN_ACTS.has(act)) continue;
    out.push({ actor: `${COMMON_ACTOR}${conceptOf(m[2] ?? '')}`, act, text: `${m[1]} ${m[3]}` });
  }
  return out;
}

/** Acts of named people, organisations and states in a sentence, and of bodies named by a common noun. */
export function findActs(text: string, mentions: readonly Mention[]): Act[] {
  return [...namedActs(text, mentions), ...commonNounActs(text)];
}

function namedActs(text: string, mentions: readonly Mention[]): Act[] {
  const out: Act[] = [];
  let previousEnd = 0;
  for (const m of mentions) {
    const from = previousEnd;
    previousEnd = Math.max(previousEnd, m.end);
    if (!entityDef(m.entity) || m.label) continue;
    const before = verbBefore(text, from, m.start);
    if (before) {
      const verb = (before[1] ?? before[2] ?? '').toLowerCase();
      // "The decision was taken by the committee": who decided, after "by".
      const act = before[3] ? 'decide' : verb.startsWith('according') ? 'say' : actOf(verb) ?? 'say';
      out.push({ actor: m.entity, act, text: `${before[0].trim()} ${m.text}` });
      continue;
    }
    // A party or agency in brackets after a name ("Horst Seehofer (CSU) announced") stands between it and its verb.
    const bracket = /^\s*\([^()]{1,40}\)/.exec(text.slice(m.end))?.[0] ?? '';
    const named = `${m.text}${bracket}`;
    const rest = text.slice(m.end + bracket.length);
    const apposed = APPOSITION_THEN_VERB.exec(rest);
    const apposedAct = apposed ? actWith(apposed[1] ?? '', rest.slice(apposed[0].length)) ?? (takesDecision(apposed[1] ?? '', rest.slice(apposed[0].length)) ? 'decide' : undefined) : undefined;
    if (apposed && apposedAct) {
      out.push({ actor: m.entity, act: apposedAct, text: `${named}${apposed[0]}` });
      continue;
    }
    // A name that closes an apposition, then deciding ("The agency's chief, Jane Roe, took the decision"),
    // or, when a comma also opens the apposition ("The ship's owner, Acme Marine, said"), any act.
    const closed = /^,\s+(?:has\s+|had\s+)?(\p{L}+)/u.exec(rest);
    const closedAct = closed ? actOf(closed[1] ?? '') : undefined;
    if (closed && (takesDecision(closed[1] ?? '', rest.slice(closed[0].length)) || closedAct === 'decide' || (closedAct && APPOSITION_OPENS.test(text.slice(from, m.start))))) {
      out.push({ actor: m.entity, act: closedAct ?? 'decide', text: `${m.text}${closed[0]}` });
      continue;
    }
    // A body of a named one ("Ruritania's transport ministry said"): the words after the possessive.
    const words = rest.match(/^(?:['’]s)?(?:\s+[\p{L}’'-]+){1,4}/u)?.[0]?.replace(/^['’]s/, '') ?? '';
    const list = words.trim().split(/\s+/).slice(0, MAX_WORDS_TO_VERB + 1);
    // Where each listed word ends in `rest` (the words are `rest`'s first ones, in order).
    let end = 0;
    for (let i = 0; i < list.length; i++) {
      const w = list[i] ?? '';
      end = rest.indexOf(w, end) + w.length;
      // "made the decision", "took the decision": deciding, told with a noun.
      const hit = actWith(w, rest.slice(end)) ?? (takesDecision(w, rest.slice(end)) ? 'decide' : undefined);
      if (hit) {
        out.push({ actor: m.entity, act: hit, text: `${named} ${list.slice(0, i + 1).join(' ')}` });
        break;
      }
      if (isPastTense(w) && !NOT_AN_ACT.has(w) && !list.slice(0, i).some((x) => PASSIVE_BEFORE.test(x)) && OBJECT_AFTER.test(rest.slice(end))) {
        out.push({ actor: m.entity, act: `${DONE}${conceptOf(w)}`, text: `${named} ${list.slice(0, i + 1).join(' ')}` });
        break;
      }
    }
  }
  return out;
}
