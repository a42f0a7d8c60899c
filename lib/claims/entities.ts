import COUNTRIES from '../../generated/lexicon/countries.json';
import TIME_ZONE_LIST from '../../generated/lexicon/time-zones.json';
import { STOPWORDS } from '../text/stopwords';
import { spellingKey } from '../text/spelling';
import { isStoryLabel } from './story-labels';
import { designationOf } from './designations';

/**
 * Named entities, found by mechanism, not from a list of any story's names:
 * - `state`: a country, from its names, demonyms, capital and initials (generated/lexicon/countries.json, made on install
 *   made from the `world-countries` package). A country acts as one ("India landed", "the Indian
 *   government paid"); two sentences whose acting states differ report different facts, so they are
 *   never aligned (lib/match/similarity.ts).
 * - `name`: any other proper name, read from capitalisation: a run of capitalised words ("Governor Josh
 *   Green", "Hawaiian Electric", "Chandrayaan-3") or an acronym ("FEMA"). Its id is its last word,
 *   lower-cased, so "Jerome Powell" and "Powell" are one entity; a name of three or more capitalised
 *   words also gives its initials ("Indian Space Research Organisation" is "isro" as well), so an outlet
 *   writing the acronym meets one writing the name out.
 */
export type EntityKind = 'state' | 'name';

export interface EntityDef {
  id: string;
  kind: EntityKind;
  /** Shown to people. */
  name: string;
}

export interface Mention {
  entity: string;
  text: string;
  start: number;
  end: number;
  /** Named as a story's label ("the Country A payments story"), not as what acts or is spoken of (lib/claims/story-labels.ts). */
  label: boolean;
  /** A state named as where something happened ("watched from South Africa", "a summit in Brazil"), not as who acted. */
  locative?: boolean;
  /** A second id for the same words (a long name's initials): matched on, never an event's anchor. */
  alias?: boolean;
}

/**
 * A country's name as a clock: "7pm UK time", "6:09 German summer time", "13:00 hours of the time of
 * Mexico City". It tells when, as a time zone; the country neither acts nor is the fact's place, so it
 * is read as a label (Mention.label): not an actor, not matched on.
 */
const TIME_ZONE_AFTER = /^(?:\s+(?:summer|daylight(?:\s+saving)?|standard|local))?\s+time\b/i;
const TIME_ZONE_BEFORE = /\btime\s+(?:of|in)\s+(?:the\s+)?$/i;
/** Time-zone abbreviations (chrono-node's, generated/lexicon/time-zones.json), and what a clock time ends with just before one. */
const TIME_ZONES: ReadonlySet<string> = new Set(TIME_ZONE_LIST as string[]);
const CLOCK_BEFORE = /(?:\d|[ap]\.?m\.?)\s*\(?$/i;
const isTimeZone = (text: string, start: number, end: number): boolean => TIME_ZONE_AFTER.test(text.slice(end, end + 30)) || TIME_ZONE_BEFORE.test(text.slice(Math.max(0, start - 16), start));

/** A preposition of place just before a country's name: the country is where, not who. */
const LOCATIVE_BEFORE = /\b(?:in|from|at|near|across|into|inside|outside|throughout|around|over|via|to)\s+(?:the\s+)?$/i;

/** Context from the whole article that one sentence cannot give. */
export interface MentionContext {
  /**
   * Words the article capitalises in the middle of a sentence: a sentence's first word, or any word of a
   * headline set in title case, is read as a name only when the article writes it capitalised elsewhere.
   */
  names: ReadonlySet<string>;
  /** The sentence is a headline or sub-head, whose words may all be capitalised. */
  titleCase: boolean;
}

/** A state's id: `@` and its ISO 3166 alpha-3 code, apart from any name's id (a lower-cased word). */
const STATE_PREFIX = '@';
const STATES = new Map(COUNTRIES.map((c) => [STATE_PREFIX + c.id, c.name]));

/**
 * Country names by their first word, each as its words, longest first ("United States of America"
 * before "United States"). Found by walking a sentence's capitalised words, not by one alternation of
 * 1,500 names: that regular expression cost half a millisecond a sentence.
 */
const BY_FIRST_WORD = new Map<string, { words: string[]; id: string }[]>();
for (const c of COUNTRIES) {
  for (const n of c.names) {
    const words = n.split(/\s+/);
    const list = BY_FIRST_WORD.get(words[0] as string) ?? [];
    list.push({ words, id: STATE_PREFIX + c.id });
    BY_FIRST_WORD.set(words[0] as string, list);
  }
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);
/** A word as country names are looked up: "U.S." as "US", "India’s" as "India". */
const TOKEN = /[\p{L}\d](?:[\p{L}\d]|[.’'-](?=[\p{L}\d]))*\.?/gu;
const lookupForm = (w: string) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w.replace(/[’']s$/u, '').replace(/\.$/, ''));

/** Countries named in a text: their spans and ids, left to right. */
function findCountries(text: string): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ w: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as { w: string; start: number; end: number };
    // A name starts with a capital; lower-case words ("of the") only join one ("Democratic Republic of the Congo").
    if (!/^\p{Lu}/u.test(first.w)) continue;
    const form = lookupForm(first.w);
    // A plural demonym ("Indians", "Americans") is its singular's country.
    const candidates = BY_FIRST_WORD.get(form) ?? BY_FIRST_WORD.get(form.replace(/s$/, '')) ?? [];
    for (const cand of candidates) {
      const n = cand.words.length;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const t = tokens[i + k];
        const prev = tokens[i + k - 1] as { end: number };
        ok = !!t && lookupForm(t.w) === cand.words[k] && /^\s+$/.test(text.slice(prev.end, t.start));
      }
      if (!ok) continue;
      const last = tokens[i + n - 1] as { w: string; end: number };
      // A dotted code keeps its final dot ("U.S."); a word loses a possessive ("India’s" → "India").
      const end = /^(?:\p{Lu}\.)+$/u.test(last.w) ? last.end : last.end - (last.w.length - last.w.replace(/[’']s$/u, '').replace(/\.$/, '').length);
      out.push({ id: cand.id, start: first.start, end });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Month and weekday names are capitalised and are no one's name; read from the platform's own English calendar. */
// One formatter per style, made once: a formatter per name (38 of them) was about 8 ms of every
// service-worker wake (Node, unminified build's top-level run profiled: the largest single line).
const CALENDAR_WORDS = new Set<string>();
for (const month of ['long', 'short'] as const) {
  const f = new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) CALENDAR_WORDS.add(f.format(new Date(Date.UTC(2001, m, 1))).toLowerCase());
}
for (const weekday of ['long', 'short'] as const) {
  const f = new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' });
  for (let w = 0; w < 7; w++) CALENDAR_WORDS.add(f.format(new Date(Date.UTC(2001, 0, 7 + w))).toLowerCase());
}

/** A word as the name scanner sees it: letters, digits, inner hyphens, apostrophes, dots and ampersands ("Chandrayaan-3", "O’Brien", "St.", "AT&T", "S&P"). */
const WORD = /[\p{L}\d](?:[\p{L}\d’'.&-]*[\p{L}\d])?/gu;
/** Lower-case words that may join the capitalised words of one name ("Bank of England", "Luiz Inácio Lula da Silva"). */
const JOINERS = new Set(['of', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn']);
/** A name of at least this many capitalised words also gives its initials as an id. */
const MIN_WORDS_FOR_INITIALS = 3;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
/** An acronym, in the possessive too ("SVB's customers" opening a sentence names SVB). */
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}\d&]{1,6}(?:[’']s)?$/u.test(w);

/** The id a word gives a name: lower case, without a possessive or a final dot, one spelling for British and American ("Organisation" / "Organization"). */
const wordId = (w: string) => spellingKey(w.replace(/[’']s$/u, '').replace(/\.$/, '').toLowerCase());

/** The definition of an entity id. */
export function entityDef(id: string): EntityDef | undefined {
  const state = STATES.get(id);
  if (state) return { id, kind: 'state', name: state };
  if (!id || id.startsWith(STATE_PREFIX)) return undefined;
  return { id, kind: 'name', name: id.length <= 5 && !/\d/.test(id) ? id.toUpperCase() : id[0]?.toUpperCase() + id.slice(1) };
}

/** The state entities among entity ids (those whose disagreement means two different facts). */
export function statesOf(entities: readonly string[]): string[] {
  return entities.filter((e) => e.startsWith(STATE_PREFIX));
}

/** Words of a text capitalised where capitals do not come from the position: not a sentence's first word. */
export function capitalisedWords(sentences: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    let first = true;
    for (const m of s.matchAll(WORD)) {
      const w = m[0];
      if (!first && isCapitalised(w)) out.add(wordId(w));
      first = false;
    }
  }
  return out;
}

const NO_CONTEXT: MentionContext = { names: new Set(), titleCase: false };

/** Every entity mention in the text, left to right. */
export function findMentions(text: string, context: MentionContext = NO_CONTEXT): Mention[] {
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  for (const { id, start, end } of findCountries(text)) {
    out.push({ entity: id, text: text.slice(start, end), start, end, label: isStoryLabel(text, start, end) || isTimeZone(text, start, end), locative: LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) });
    taken.push([start, end]);
  }
  const inCountry = (at: number) => taken.some(([s, e]) => at >= s && at < e);
  // Words that may be names, in order, with whether each can stand in a name.
  const words = [...text.matchAll(WORD)].map((m, i) => {
    const w = m[0];
    const start = m.index ?? 0;
    // Most words start lower case: no name, no designation, nothing more to read.
    const c = w[0] as string;
    if (c !== c.toUpperCase()) return { w, start, end: start + w.length, id: '', name: false, designation: false, country: false };
    // A clock's zone ("0730 GMT", "8.30am BST", "11.03am AEDT") names no one.
    if (TIME_ZONES.has(w) && CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return { w, start, end: start + w.length, id: '', name: false, designation: false, country: false };
    const id = wordId(w);
    const known = context.names.has(id);
    // The first word, and every word of a title-case headline, is capitalised by position: a name only when the article capitalises it elsewhere.
    const byPosition = i === 0 || context.titleCase || /[“"‘(]\s*$/.test(text.slice(Math.max(0, start - 2), start));
    // A function word is capitalised by position ("The" after a colon), never a name.
    const name = isAcronym(w) || (isCapitalised(w) && !CALENDAR_WORDS.has(id) && !STOPWORDS.has(id) && (!byPosition || known));
    // A number that belongs to the name before it ("Flight 1282", "MAX 9": designations.ts).
    const designation = /^\d+$/.test(w) && designationOf(text, start, w) !== undefined;
    return { w, start, end: start + w.length, id, name: name || designation, designation, country: inCountry(start) };
  });
  // The word a designation belongs to is a name, wherever it stands ("Flight 1282 left Portland").
  for (let i = 1; i < words.length; i++) if (words[i]!.designation && isCapitalised(words[i - 1]!.w)) words[i - 1]!.name = true;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]?.name) continue;
    let j = i;
    // Extend over capitalised words and joiners followed by one ("Bank of England").
    while (j + 1 < words.length) {
      const next = words[j + 1];
      const gap = text.slice(words[j]!.end, next?.start ?? 0);
      // A short abbreviation's dot ("Gen. Jane Doe", "St. Louis") does not end a name; any other punctuation does.
      const abbreviation = gap === '. ' && /^\p{Lu}\p{Ll}{0,3}$/u.test(words[j]!.w);
      if (next?.name && (/^\s?$/.test(gap) || abbreviation)) { j++; continue; }
      const after = words[j + 2];
      if (next && JOINERS.has(next.w) && after?.name && next.start - words[j]!.end <= 1 && after.start - next.end <= 1) { j += 2; continue; }
      break;
    }
    const run = words.slice(i, j + 1);
    // A country standing alone is a state already; inside a longer name ("US Federal Reserve") it is part of that name too.
    if (run.every((x) => x.country || !x.name)) { i = j; continue; }
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const startAt = first.start;
    const endAt = last.w.replace(/[’']s$/u, '').endsWith('.') && run.length > 1 ? last.end - 1 : last.end - (/[’']s$/u.test(last.w) ? 2 : 0);
    // A name ending in a designation is known by it and the word it belongs to ("flight 1282", "max 9"): the number alone names nothing.
    const before = run[run.length - 2];
    const id = last.designation && before ? `${before.id} ${last.w}` : last.id;
    if (last.designation && !before) { i = j; continue; }
    out.push({ entity: id, text: text.slice(startAt, endAt), start: startAt, end: endAt, label: false });
    const caps = run.filter((x) => x.name && !x.designation && !isAcronym(x.w));
    if (caps.length >= MIN_WORDS_FOR_INITIALS) out.push({ entity: caps.map((x) => x.w[0]).join('').toLowerCase(), text: text.slice(startAt, endAt), start: startAt, end: endAt, label: false, alias: true });
    i = j;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
