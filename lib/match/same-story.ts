import type { Claim } from '../claims/schema';
import COMMON_NOUNS from '../../generated/lexicon/common-nouns.json';
import { DAY_MS } from '../claims/calendar-days';
import { nameKey } from '../claims/features';

/**
 * Two articles report one event when they speak of the same participants. A look-alike (another
 * earthquake reported by the same agency, another central bank's rise in the same week) shares the
 * vocabulary of the story and many of its kinds of sentence, but few of its names: the people,
 * organisations, places and states involved. So a source whose names overlap the page's too little is
 * not matched at all, however alike single sentences read.
 *
 * Overlap is the share of the smaller article's names that the other also names (a short broadcast
 * story names fewer than a broadsheet, and all of them are the story's).
 */
export const MIN_NAME_OVERLAP = 0.2;
/**
 * Two dated reports more than this many days apart tell two events of one kind (next month's rate
 * decision, next year's final, the same agency's classification of another substance), however many
 * names they share: a reader follows one story across outlets over days and weeks, and a look-alike
 * from the same place names the same agency, city and people. Undated reports are judged on names
 * alone.
 */
export const MAX_STORY_GAP_DAYS = 30;
/**
 * Pages naming fewer names than this are too short to judge (a two-sentence brief, a headline alone):
 * their sentences are matched on their own evidence.
 */
export const MIN_NAMES_TO_JUDGE = 4;

/**
 * The names an article's claims speak of (entity ids), each once, without those that are common
 * English nouns: a name is known by its last word ("Securities and Exchange Commission" is
 * "commission", "London Stock Exchange" "exchange", "Federal Office for Information Security"
 * "security"), and two stories of one week share such heads without sharing a participant. The nouns
 * are WordNet's most general (generated/lexicon/common-nouns.json, scripts/gen-lexicon.ts).
 */
export function namesOf(claims: readonly Pick<Claim, 'entities'>[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) for (const e of c.entities) if (!GENERIC_NAMES.has(e)) out.add(e);
  return out;
}
const GENERIC_NAMES: ReadonlySet<string> = new Set(COMMON_NOUNS as string[]);

/** Share of the smaller set's names that the other set also holds. */
export function nameOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const small = Math.min(a.size, b.size);
  return small === 0 ? 0 : sharedNames(a, b) / small;
}

/** How many names two sets share. */
export function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const n of small) if (large.has(n)) shared++;
  return shared;
}

/**
 * An ISO date's first ten characters as days since 1970 (NaN when not a date), each string parsed
 * once: choosing a page's remembered articles judges 10,000 of them, and the days their texts name
 * came to about half of that judging when each was parsed again (Date.parse, 4.7 of 9 ms in Node).
 * Few strings recur (a story's days), so the table stays small; it is cleared when it grows past
 * DAY_TABLE_MAX all the same.
 */
function dayOf(iso: string): number {
  let d = dayTable.get(iso);
  if (d === undefined) {
    if (dayTable.size >= DAY_TABLE_MAX) dayTable.clear();
    d = Date.parse(iso.slice(0, 10)) / DAY_MS;
    dayTable.set(iso, d);
  }
  return d;
}
const dayTable = new Map<string, number>();
const DAY_TABLE_MAX = 50_000;

/** Days between two ISO dates (YYYY-MM-DD…), or null when either is missing. */
export function daysApart(a: string | undefined, b: string | undefined): number | null {
  if (!a || !b) return null;
  const x = dayOf(a);
  const y = dayOf(b);
  return Number.isNaN(x) || Number.isNaN(y) ? null : Math.abs(x - y);
}

/** What same-story judging reads of an article: its names, its date when known, and the days its text names (YYYY-MM-DD). */
export interface StoryMarks {
  names: ReadonlySet<string>;
  date?: string | undefined;
  days?: readonly string[];
  /** `date` as days since 1970 (dayNumber), when worked out beforehand: judging 10,000 remembered articles then parses no date. */
  day?: number | null;
  /** `days` as spans of days since 1970 (spansOf), when worked out beforehand. */
  spans?: readonly (readonly [number, number])[];
  /** Who the article is about (keyNamesOf), when its claims were read; not kept in remembered articles' marks. */
  keys?: ReadonlySet<string>;
  /** An acronym key's words as the article spells them out (storyKeysOf): "SVB" → silicon, valley, bank. */
  spelled?: ReadonlyMap<string, readonly string[]>;
  /** The article's capitalised words, lower-case, accents folded (storyKeysOf): whether it spells out another's acronym key. */
  capitals?: ReadonlySet<string>;
  /** The names the article gives in one sentence only (storyKeysOf): a passing mention. */
  passing?: ReadonlySet<string>;
}

/**
 * Who an article is about: the name it gives in the most sentences (every name tied for most), when
 * that is at least this share of its sentences and KEY_NAME_MIN_SENTENCES of them. Two articles each
 * about someone the other never names report two events, however much else they share (another
 * player's move to the same club in the same month, naming the club, its president, its stadium and
 * half of the page's names). On the corpus (session 33, every pair of
 * articles of every story): no two reports of one story both lack each other's key name at 0.1, 0.15
 * or 0.2; 79, 52 and 30 of the 195 pairs with a look-alike do. 0.15 keeps a margin.
 */
export const KEY_NAME_MIN_SHARE = 0.15;
/** Fewest sentences naming a key name: a short article's one mention is no protagonist. */
export const KEY_NAME_MIN_SENTENCES = 3;

/**
 * The article's key names (KEY_NAME_MIN_SHARE, KEY_NAME_MIN_SENTENCES) among its names (namesOf), not
 * states. A name written as an acronym is one only when the article also spells it out ("Silicon Valley
 * Bank (SVB)"): a translation writes its own acronym (OMS for WHO, CIRC for IARC) but spells out the same
 * words, so another report names an acronym key when it names the acronym or most of its words
 * (keysApart); an acronym never spelled out says nothing either way and is left out.
 */
export function keyNamesOf(claims: readonly Pick<Claim, 'entities' | 'text'>[], names: ReadonlySet<string> = namesOf(claims)): Set<string> {
  return storyKeysOf(claims, names).keys;
}

/** An article's key names, its acronym keys' spelled-out words, and its capitalised words (StoryMarks). */
export function storyKeysOf(claims: readonly Pick<Claim, 'entities' | 'text'>[], names: ReadonlySet<string> = namesOf(claims)): { keys: Set<string>; spelled: Map<string, readonly string[]>; capitals: Set<string>; passing: Set<string> } {
  const count = new Map<string, number>();
  for (const c of claims) {
    for (let k = 0; k < c.entities.length; k++) {
      const e = c.entities[k] as string;
      // Once per sentence (a sentence may list a name twice).
      if (!names.has(e) || c.entities.indexOf(e) !== k || e.startsWith('@')) continue;
      count.set(e, (count.get(e) ?? 0) + 1);
    }
  }
  const least = Math.max(KEY_NAME_MIN_SENTENCES, KEY_NAME_MIN_SHARE * claims.length);
  const spelled = new Map<string, readonly string[]>();
  const ranked = [...count]
    .filter(([e, n]) => {
      if (n < least) return false;
      if (!writtenAsAcronym(e, claims)) return true;
      const words = spelledOut(e.toUpperCase(), claims);
      if (words) spelled.set(e, words);
      return words !== undefined;
    })
    .sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1];
  const keys = new Set(ranked.filter(([, n]) => n === top).map(([e]) => e));
  for (const k of spelled.keys()) if (!keys.has(k)) spelled.delete(k);
  const capitals = new Set<string>();
  for (const c of claims) for (const m of c.text.matchAll(CAPITALISED)) capitals.add(nameWord(m[0]));
  const passing = new Set<string>();
  for (const [e, n] of count) if (n === 1) passing.add(e);
  return { keys, spelled, capitals, passing };
}

/** A capitalised word of three letters or more. */
const CAPITALISED = /(?<!\p{L})\p{Lu}\p{Ll}[\p{L}’'-]+/gu;
/** Words a spelled-out name may hold between its capitalised words ("Agency for Research on Cancer"), English and Romance. */
const NAME_JOINERS = String.raw`(?:\s+(?:of|the|for|on|and|&|de|du|des|la|le|el|del|di))*`;
/** Acronyms this long are spelled out by capitalised words; a single letter ("C" for Celsius) is no name. */
const SPELLED_ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * An acronym's words as the article spells it out: capitalised words whose initials are its letters,
 * in order ("Silicon Valley Bank" for SVB, "International Agency for Research on Cancer" for IARC),
 * lower-case, accents folded. Undefined when the article never does.
 */
function spelledOut(acronym: string, claims: readonly Pick<Claim, 'text'>[]): readonly string[] | undefined {
  if (!SPELLED_ACRONYM.test(acronym)) return undefined;
  const pattern = new RegExp(`(?<!\\p{L})${[...acronym].map((ch) => `${ch}\\p{Ll}[\\p{L}’'-]*`).join(`${NAME_JOINERS}\\s+`)}(?!\\p{L})`, 'u');
  for (const c of claims) {
    const m = pattern.exec(c.text);
    if (m) return m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map(nameWord);
  }
  return undefined;
}

function writtenAsAcronym(name: string, claims: readonly Pick<Claim, 'text'>[]): boolean {
  const upper = name.toUpperCase();
  if (upper === name || !/^\p{L}+$/u.test(name)) return false;
  const word = new RegExp(`(?<!\\p{L})${upper}(?!\\p{L})`, 'u');
  return claims.some((c) => c.text.includes(upper) && word.test(c.text));
}

/** A name with its accents folded ("Mbappé" and "Mbappe" are one name): claims/features.ts nameKey. */
const folded = nameKey;
/** A capitalised word as a name word: lower case, without a possessive, accents folded ("Bank's" → bank). */
const nameWord = (w: string): string => folded(w.toLowerCase().replace(/[’']s$/, ''));

/**
 * Neither article names the other's key names (keyNamesOf), accents folded: each is about someone the
 * other never mentions. An acronym key is named by the acronym or by at least half of the words it is
 * spelled out in ("World Organization of Health" names WHO; "Swiss National Bank" does not name SVB,
 * "Silicon Valley Bank"); an article whose capitalised words are not known is taken to name it.
 */
function keysApart(a: StoryMarks, b: StoryMarks): boolean {
  if (!a.keys || !b.keys || a.keys.size === 0 || b.keys.size === 0) return false;
  const named = (x: StoryMarks, y: StoryMarks): boolean => {
    const keys = x.keys as ReadonlySet<string>;
    for (const k of keys) if (y.names.has(k)) return true;
    const wanted = new Set([...keys].map(folded));
    for (const n of y.names) if (wanted.has(folded(n))) return true;
    for (const k of keys) {
      const words = x.spelled?.get(k);
      if (!words) continue;
      if (!y.capitals || words.filter((w) => y.capitals?.has(w)).length * 2 >= words.length) return true;
    }
    return false;
  };
  const aNamedInB = named(a, b);
  const bNamedInA = named(b, a);
  if (!aNamedInB && !bNamedInA) return true;
  // One article about someone the other never names, who names the other's key names only in passing
  // (a round-up of one company's job cuts that recalls, in one sentence, another company's owner
  // cutting its staff, beside a report of that owner's takeover): two stories as well.
  return (!aNamedInB && passingOnly(a, b)) || (!bNamedInA && passingOnly(b, a));
}

/** `b`'s key names that `a` names, `a` names in one sentence each (at least one of them). */
function passingOnly(a: StoryMarks, b: StoryMarks): boolean {
  if (!a.passing) return false;
  const keys = b.keys as ReadonlySet<string>;
  let some = false;
  for (const k of keys) {
    if (!a.names.has(k)) continue;
    if (!a.passing.has(k)) return false;
    some = true;
  }
  return some;
}

/** An ISO date (YYYY-MM-DD…) as days since 1970, or null. */
export function dayNumber(date: string | undefined): number | null {
  if (!date) return null;
  const t = dayOf(date);
  return Number.isNaN(t) ? null : t;
}

/**
 * A report written weeks or months later may still be about the same event when it dates that event
 * to the day: "the attack on December 11". A text naming a day within these days of the other
 * report's publication keeps the two in one story however far apart they were published. A month is
 * not enough (a look-alike recalled "in November" what the story's outlets published that month),
 * nor a year ("the 2014 final" is how a report recalls an earlier event of the same kind).
 */
export const SAME_DAY_SLACK_DAYS = 2;

/** A span of days this short ("11am Wednesday AEST": the day either side) still dates an event to the day. */
const MAX_DAY_SPAN = 3;

/**
 * The days an article's claims name, as first..last day; months, years and decades are left out, and
 * so is a day with no start ("before February 5", "by then": everything up to that day), which would
 * name every earlier day: a look-alike of 2005 was kept in a 2023 story for it.
 */
export function daysOf(claims: readonly Pick<Claim, 'dates'>[]): string[] {
  const out = new Set<string>();
  for (const c of claims) for (const d of c.dates) if ((d.granularity === 'day' || d.granularity === 'part') && (daysApart(d.from, d.to) ?? Infinity) < MAX_DAY_SPAN) out.add(`${d.from}..${d.to}`);
  return [...out];
}

/**
 * A follow-up dates the event it follows up within this many days of it: the ratification of a
 * record four months after the race, the inquiry's report into last spring's flood. A report years
 * later that names the day ("the last such storm, on August 21, 2011") recalls an earlier event
 * of the same kind: another story.
 */
export const MAX_FOLLOW_UP_DAYS = 366;

/** An article's named days (daysOf's first..last strings) as days since 1970, the spans that do not parse left out. */
export function spansOf(days: readonly string[] | undefined): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const span of days ?? []) {
    const cut = span.indexOf('..');
    const from = dayOf(cut < 0 ? span : span.slice(0, cut));
    const to = dayOf(cut < 0 ? span : span.slice(cut + 2));
    if (!Number.isNaN(from) && !Number.isNaN(to)) out.push([from, to]);
  }
  return out;
}

/** A side's publication day and named days, as numbers (worked out beforehand for remembered articles: CatalogMarks). */
const dayOfMarks = (m: StoryMarks): number | null => (m.day !== undefined ? m.day : dayNumber(m.date));
const spansOfMarks = (m: StoryMarks): readonly (readonly [number, number])[] => m.spans ?? spansOf(m.days);

/**
 * One side's text names a day close to the other's publication date, a day that had come when it
 * was written: a report of 2011 announcing "the next one is due on May 3, 2030" foretells the day, it
 * does not report what happened on it.
 */
function namesTheDay(a: StoryMarks, b: StoryMarks): boolean {
  const holds = (own: number | null, spans: readonly (readonly [number, number])[], date: number | null) =>
    date !== null &&
    spans.some(([from, to]) => {
      if (own !== null && from - own > SAME_DAY_SLACK_DAYS) return false;
      return Math.abs(from - date) <= SAME_DAY_SLACK_DAYS || Math.abs(to - date) <= SAME_DAY_SLACK_DAYS || (from <= date && date <= to);
    });
  const aDay = dayOfMarks(a);
  const bDay = dayOfMarks(b);
  return holds(aDay, spansOfMarks(a), bDay) || holds(bDay, spansOfMarks(b), aDay);
}

/** True when `source` reports another event than the page: too far apart in time, about someone else (keysApart), or too few of its names in common. */
export function isOtherStory(page: StoryMarks, source: StoryMarks): boolean {
  const pageDay = dayOfMarks(page);
  const sourceDay = dayOfMarks(source);
  const gap = pageDay === null || sourceDay === null ? null : Math.abs(pageDay - sourceDay);
  if (gap !== null && gap > MAX_STORY_GAP_DAYS && (gap > MAX_FOLLOW_UP_DAYS || !namesTheDay(page, source))) return true;
  if (keysApart(page, source)) return true;
  return page.names.size >= MIN_NAMES_TO_JUDGE && source.names.size >= MIN_NAMES_TO_JUDGE && nameOverlap(page.names, source.names) < MIN_NAME_OVERLAP;
}

/** A page's marks with its day and named days as numbers, worked out once before it is judged against many sources. */
export function judgedOnce(page: StoryMarks): StoryMarks {
  return { ...page, day: dayOfMarks(page), spans: spansOfMarks(page) };
}

/** Sources that report another event than the page (isOtherStory). */
export function otherStories(page: StoryMarks, sources: ReadonlyMap<string, StoryMarks>): Set<string> {
  const out = new Set<string>();
  const self = judgedOnce(page);
  for (const [id, source] of sources) if (isOtherStory(self, source)) out.add(id);
  return out;
}
