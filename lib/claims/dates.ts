import * as chrono from 'chrono-node';
import { DAY_MS, isoAt, mondayOf } from './calendar-days';
import { timeAgo } from './time-ago';
import { yearsSince } from './years-since';

export type Granularity = 'day' | 'part' | 'month' | 'year' | 'decade';

export interface DateRef {
  /** As written ("October 3", "late March", "early 2021"). */
  text: string;
  start: number;
  end: number;
  /** First day covered, YYYY-MM-DD. */
  from: string;
  /** Last day covered, YYYY-MM-DD. */
  to: string;
  granularity: Granularity;
  /** The year was not written ("in March", "October 3") and was read from the article's date. */
  yearImplied: boolean;
}

/** Stands in for the article's date where there is none; every date that would depend on it is dropped first. */
const UNDATED = new Date(0);
/** A reporting verb just before a date: the date is when it was said. */
const SAID_BEFORE = /\b(?:said|says|told\s+[\p{L}\s]{0,20}?|announced|reported|confirmed|stated)\s+(?:on\s+)?$/iu;
/** How far before a date its reporting verb is looked for (SAID_BEFORE). */
const SAID_REACH = 24;

/** True when the date at `start` is when something was said ("officials said on Thursday"). */
export function isSaidDate(text: string, start: number): boolean {
  return SAID_BEFORE.test(text.slice(Math.max(0, start - SAID_REACH), start));
}

/**
 * The date of the saying, for a sentence whose only date is when something was said ("Acme said on
 * Friday it would cut 11,000 jobs"): news often reports an announcement as the event itself, and the
 * day of it is what another outlet dates ("broke the news on Wednesday"). Read with the reporting verb
 * blanked, so that findDates keeps it; lib/compare/dates.ts tells it as a detail at most (isSaidDate),
 * since it may also be only the day a fact of another day was reported.
 */
export function saidDates(text: string, ref: Date | null, said: { start: number; end: number }): DateRef[] {
  const head = text.slice(0, said.start).replace(SAID_BEFORE, (m) => ' '.repeat(m.length));
  return findDates(head + text.slice(said.start), ref).filter((d) => d.start >= said.start && d.start < said.end);
}
const NOT_A_DATE = /^(?:now|right\s+now|currently|at\s+present)$/i;
const WEEK = /\bweek\b/i;
const LAST_WEEK = /\blast\s+week\b/i;
const THIS_WEEK = /^this\s+week$/i;
/** Casual words for one day, read against the article's date. */
const CASUAL_DAY = /^(?:yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening)$/i;

/** The earliest day a deadline ("by March") allows: any time up to it. */
export const OPEN_START = '0001-01-01';
/** "by March", "by late March": no later than; the date is a deadline, not when it happened. */
const DEADLINE_BEFORE = /\bby\s+(?:the\s+end\s+of\s+)?$/i;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "early 2021", "late March", "mid-October 2021", "late 2001": chrono reads none of the parts. */
const PART_OF = new RegExp(`\\b(early|mid|late)[- ](?:(${MONTHS})(?:\\s+(\\d{4}))?|(\\d{4}))\\b`, 'gi');
/** "in August last year", "in March of this year", "June next year": a month in the year the words name, from the article's own year. chrono reads the month in the article's year and the year apart. */
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(${MONTHS})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi');
const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
/** Bare years and decades ("in 2012", "the 1980s", "1996-2001"). */
const YEAR = /(?<![\d$,.])(1[89]\d0s|20\d0s|1[89]\d\d|20\d\d)(?!\d|,\d)/g;
/** Whether a date's words write its year out ("December 2019", "the 1980s"; not "December", "yesterday"). */
const YEAR_WRITTEN = new RegExp(YEAR.source);
export const writesYear = (text: string): boolean => YEAR_WRITTEN.test(text);
/**
 * chrono reads a span of time as a date counted from the article's ("in 97 seconds", "for several
 * hours", "in five days", "for a second quarter"): a duration, not when anything happened, and two
 * outlets' durations compared as dates were contradictions ("in 97 seconds" / "in just one minute and
 * 37 seconds", a day apart because the two articles were).
 */
const DURATION = /^(?:in|for|within|over|during)\s+(?:\S+\s+){0,6}?(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?)$/i;
/** Words that place a day from the day they are said or written ("today", "yesterday", "this week", "last night"). */
export const DEICTIC_DAY = /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week|month|year)|last\s+night)\b/i;
const WEEKDAY_OR_WEEK = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week)\b/i;
const CALENDAR = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** A date written relative to its report ("on Tuesday", "last Sunday", "last weekend", "yesterday"): no digit, no month. */
export function isToldRelatively(wording: string): boolean {
  return (DEICTIC_DAY.test(wording) || WEEKDAY_OR_WEEK.test(wording)) && !CALENDAR.test(wording);
}
/** "last night": the evening before the article's date. */
const LAST_NIGHT = /\blast\s+night\b/i;
/** chrono reads relative spans ("a month after") as dates; those are order, read elsewhere. */
const RELATIVE = /\b(after|before|ago|later|earlier|following|prior)\b/i;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function monthIndex(name: string): number {
  return MONTHS.split('|').findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}

/**
 * News reports past events: a month or day written without a year is the latest such date on or
 * before the article's date ("October 3" in a May 2022 article is October 3, 2021).
 */
function pastYear(month: number, day: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return candidate > ref.getTime() ? y - 1 : y;
}

function nextYear(month: number, day: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  return Date.UTC(y, month - 1, day) < ref.getTime() - DAY_MS ? y + 1 : y;
}

/**
 * How far after the article's date a month and day without a year is read as that coming day rather
 * than the same day of the year before: news reports the past, but a day named without its year
 * almost a year back would be written with it ("October 9, 2022", "last October"), while a day weeks
 * ahead is written bare ("the ceremony on December 10", "the season concludes on October 9"). Ten
 * weeks: the gap between an award's announcement and its ceremony, a verdict and its sentencing.
 */
export const SOON_DAYS = 70;
/** Whether the next `month`/`day` after the article's date `ref` falls within SOON_DAYS of it (the day itself not counted). */
function soon(month: number, day: number, ref: Date): boolean {
  const y = ref.getUTCFullYear();
  let next = Date.UTC(y, month - 1, day);
  if (next <= ref.getTime()) next = Date.UTC(y + 1, month - 1, day);
  return next - ref.getTime() <= SOON_DAYS * DAY_MS;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Words without which chrono finds no date this module keeps (one with a certain day, month or year):
 * a digit, a month or weekday, or a casual date or time word. Most sentences of an article have none,
 * and chrono tried every one of them: 4.3 of 17 ms of reading a 2,000-word page's claims. Dates read
 * with and without this test are the same on every sentence of the gold's articles, synthetic
 * articles and the benchmark pages; on the 2,000-word page dates take 3.1 ms.
 */
const MAY_HOLD_A_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|tmr|yesterday|now|noon|midnight|morning|afternoon|evening|night|day|days|week|weeks|weekend|fortnight|month|months|year|years|quarter|hour|hours|minute|minutes)\b/i;

/**
 * Dates and spans of time in a sentence, each as the interval of days it covers and how precise it
 * is. `ref` is the article's date (relative dates resolve against it).
 */
/**
 * A wire dateline opening a report: "DETROIT, Oct 26 (Reuters) –", "PORTLAND, Ore., Jan 6 (AP) —",
 * "LONDON, 5 March –". Its date is when the report was filed, not when anything in the sentence
 * happened: read as the sentence's date, it contradicted every other outlet's "on Wednesday night".
 * News-agency convention (a place in capitals, a date, the agency in brackets, a dash), no story's words.
 */
const DATELINE = new RegExp(`^\\s*\\p{Lu}[\\p{Lu}\\s.'’-]*,(?:\\s*[\\p{L}.'’ ]{2,20},)?\\s*(?:(?:${MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS}))(?:,?\\s+\\d{4})?\\s*(?:\\([^)]{1,60}\\)\\s*)?[–—-]`, 'u');

/** Where a sentence's wire dateline ends (DATELINE); 0 when it has none. */
export function datelineEnd(text: string): number {
  return text.match(DATELINE)?.[0].length ?? 0;
}

/**
 * A dateline's place, with or without its date: the place in capitals, perhaps its region or country
 * ("MAE SAI, Thailand –", "KYIV, Ukraine (AP) —", "BALTIMORE, March 26 (Meridian) –"). Where the
 * report was filed, not who or what it is about.
 */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?=,\s*\p{Lu}\p{Ll}[\p{L}.'’ ]{0,28}(?:,|\s*(?:\([^)]{1,60}\)\s*)?[–—-]\s)|\s*(?:\([^)]{1,60}\)\s*)?[–—-]\s)/u;

/** Where a sentence's dateline place ends (DATELINE_PLACE; a dated dateline's place too); 0 when it opens with none. `dated` is datelineEnd(text), when the caller has it. */
export function datelinePlaceEnd(text: string, dated = datelineEnd(text)): number {
  if (dated > 0) return text.indexOf(',');
  const m = text.match(DATELINE_PLACE);
  // Two capitals at least: "A –" opens a list, not a dateline.
  if (!m || m[0].trim().replace(/[^\p{Lu}]/gu, '').length < 2) return 0;
  return m[0].length;
}

const WEEKEND = /\bweekend\b/i;
/** A part of a day before the day it is of ("the evening of Friday, Jan. 5", "early morning of 6 February"). */
const PART_OF_DAY = /\b(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;
/**
 * Words of a clause that speak of what is to come: modals and plans ("will", "is due to", "is set to",
 * "plans to") and the present tense of a scheduled meeting or vote ("meets", "convenes", "votes").
 * English grammar of the future, no story's words.
 */
export const FUTURE_BEFORE = /\b(?:will|shall|'ll|due\s+to|set\s+to|expected\s+to|scheduled\s+(?:to|for)|plans?\s+to|is\s+to|are\s+to|meets|convenes|votes|reconvenes|resumes)\b/i;
/** The clause before a span: back to the last comma, semicolon, colon or dash. */
export function clauseBefore(text: string, at: number): string {
  const left = text.slice(0, at);
  return left.slice(Math.max(left.search(/[,;:—–][^,;:—–]*$/), 0));
}

/**
 * The dates a sentence places facts on, read against the article's date `ref` (null: undated). Dates
 * of the saying ("officials said on Thursday") are left out and, when `said` is given, their spans
 * pushed onto it.
 */
export function findDates(text: string, ref: Date | null, said?: { start: number; end: number }[]): DateRef[] {
  const out: DateRef[] = [];
  // An undated article: only dates that carry their own year can be placed ("in March" or "on Monday" cannot).
  const known_ = ref ?? UNDATED;
  for (const m of text.matchAll(PART_OF)) {
    const part = (m[1] ?? '').toLowerCase();
    const start = m.index ?? 0;
    let from: string;
    let to: string;
    if (m[2]) {
      const month = monthIndex(m[2]);
      if (!m[3] && !ref) continue;
      const y = m[3] ? Number(m[3]) : pastYear(month, 1, known_);
      const last = lastDay(y, month);
      const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
      from = iso(y, month, a);
      to = iso(y, month, b);
    } else {
      const y = Number(m[4]);
      const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
      from = iso(y, a, 1);
      to = iso(y, b, lastDay(y, b));
    }
    out.push({ text: m[0], start, end: start + m[0].length, from, to, granularity: 'part', yearImplied: Boolean(m[2] && !m[3]) });
  }
  if (ref) {
    for (const m of text.matchAll(MONTH_OF_RELATIVE_YEAR)) {
      const start = m.index ?? 0;
      const month = monthIndex(m[1] as string);
      const y = ref.getUTCFullYear() + (YEAR_OFFSET[(m[2] as string).toLowerCase()] ?? 0);
      const span = { start, end: start + m[0].length };
      if (!out.some((d) => overlaps(d, span))) out.push({ text: m[0], ...span, from: iso(y, month, 1), to: iso(y, month, lastDay(y, month)), granularity: 'month', yearImplied: true });
    }
  }
  // "the biggest rise in 28 years": the years a record reaches back to (years-since.ts), before chrono reads "in 28 years" as a day to come.
  for (const d of yearsSince(text, ref)) if (!out.some((x) => overlaps(x, d))) out.push(d);
  // "two years ago": the year, month or day that long before the article's (time-ago.ts).
  for (const d of timeAgo(text, ref)) if (!out.some((x) => overlaps(x, d))) out.push(d);
  // "the evening of Friday, Jan. 5": chrono reads the part of the day and loses the day itself, so the
  // part and its "of" are blanked (offsets kept) and the day is read.
  const mayHold = MAY_HOLD_A_DATE.test(text);
  const parsed = mayHold ? text.replace(PART_OF_DAY, (m) => ' '.repeat(m.length)) : text;
  for (const r of mayHold ? chrono.en.parse(parsed, { instant: known_, timezone: 0 }) : []) {
    const span = { start: r.index, end: r.index + r.text.replace(/[,.\s]+$/, '').length };
    if (out.some((d) => overlaps(d, span))) continue;
    if (RELATIVE.test(r.text)) continue;
    if (DURATION.test(r.text.replace(/[,.\s]+$/, ''))) continue;
    const c = r.start;
    const certain = (k: 'day' | 'month' | 'year' | 'weekday') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
    const known = { day: certain('day') ?? dayReadAsHour(r.text, c), month: certain('month'), year: certain('year'), weekday: certain('weekday') };
    // When someone said a thing ("officials said on Thursday") dates the report, not the fact reported.
    // Its day is still no count ("said on July 12": not 12 of anything): `said` collects such spans.
    if (isSaidDate(text, span.start)) {
      said?.push(span);
      continue;
    }
    if (!ref && (known.year === undefined || !/\d{4}/.test(r.text))) continue;
    // "now" and "currently" place nothing in time a reader could compare.
    if (NOT_A_DATE.test(r.text.trim())) continue;
    // "has sat under a heat dome", "the sun", "a wed couple": a weekday's short form is a date only capitalised ("Sat", "Wed.").
    if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(r.text.trim())) continue;
    // "last night" in a report is the evening before the day it is dated (chrono places it on that day itself).
    if (ref && LAST_NIGHT.test(r.text)) {
      const day = isoAt(ref.getTime() - DAY_MS);
      out.push({ text: text.slice(span.start, span.end), ...span, from: day, to: day, granularity: 'day', yearImplied: true });
      continue;
    }
    // A weekday alone ("on Tuesday") is the latest such day on or before the article's date: news reports
    // the past week. A clause that speaks of what is to come ("the council meets on Sunday", "will vote
    // on Friday") means the next such day on or after it.
    if (known.weekday !== undefined && known.day === undefined && known.month === undefined && ref) {
      const ahead = FUTURE_BEFORE.test(clauseBefore(text, span.start));
      const back = ahead ? -((known.weekday - ref.getUTCDay() + 7) % 7) : (ref.getUTCDay() - known.weekday + 7) % 7;
      const d = new Date(ref.getTime() - back * DAY_MS);
      const zonedDay = c.isCertain('hour') && c.isCertain('timezoneOffset');
      const day = (shift: number) => isoAt(d.getTime() + shift * DAY_MS);
      // Two weekdays ("the night of Thursday to Friday", "Monday to Wednesday"): every day from the
      // first to the next such weekday after it, not the first alone.
      const endWeekday = r.end?.isCertain('weekday') && !r.end.isCertain('day') ? r.end.get('weekday') : null;
      const through = endWeekday === null || endWeekday === undefined ? 0 : (endWeekday - known.weekday + 7) % 7;
      const last = Math.max(zonedDay ? 1 : 0, through);
      out.push({ text: text.slice(span.start, span.end), ...span, from: day(zonedDay ? -1 : 0), to: day(last), granularity: zonedDay || last > 0 ? 'part' : 'day', yearImplied: true });
      continue;
    }
    if (known.month === undefined && known.year === undefined && known.day === undefined && ref && THIS_WEEK.test(r.text.trim())) {
      // "this week": the calendar week of the article's date, Monday to Sunday (a report may speak of
      // a day still to come in it); "on Tuesday" of that week is a detail of it, "last month" not.
      const monday = mondayOf(ref);
      out.push({ text: text.slice(span.start, span.end), ...span, from: isoAt(monday), to: isoAt(monday + 6 * DAY_MS), granularity: 'part', yearImplied: true });
      continue;
    }
    if (known.month === undefined && known.year === undefined && known.day === undefined) {
      // "yesterday", "today", "last night": chrono places them from the article's date without calling any part certain.
      if (!ref || !CASUAL_DAY.test(r.text)) continue;
      const day = iso(r.start.get('year') ?? 0, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
      out.push({ text: text.slice(span.start, span.end), ...span, from: day, to: day, granularity: 'day', yearImplied: true });
      continue;
    }
    // A clock time in a named zone ("11am Wednesday AEST", "23:11 GMT") may fall on another calendar day
    // than the same instant where the event happened: such a day is read as the day either side too.
    const zoned = c.isCertain('hour') && c.isCertain('timezoneOffset');
    const month = known.month ?? r.start.get('month') ?? 1;
    // A month and day without a year is the latest such day up to the article's date, or the next one
    // when its clause speaks of what is to come ("meets in Detroit on Oct 29"), or when the next one is
    // near (SOON_DAYS): "the season concludes on October 9" in a report of October 6 is three days on.
    const ahead = known.month !== undefined && (FUTURE_BEFORE.test(clauseBefore(text, span.start)) || (ref !== null && known.day !== undefined && soon(month, known.day, known_)));
    const year = known.year ?? (known.month !== undefined ? (ahead ? nextYear(month, known.day ?? 1, known_) : pastYear(month, known.day ?? 1, known_)) : (r.start.get('year') ?? known_.getUTCFullYear()));
    let from: string;
    let to: string;
    let granularity: Granularity;
    const end = r.end;
    if (end && known.day !== undefined && known.month !== undefined && end.isCertain('day') && end.isCertain('month')) {
      // A range ("from May 1 to October 31, 2022"): every day of it, in the year its end names, the
      // year before for a start month after the end month ("December 20 to January 5, 2023").
      const endMonth = end.get('month') ?? month;
      const endYear = end.isCertain('year') ? (end.get('year') ?? year) : year;
      const startYear = known.year ?? (end.isCertain('year') ? (month > endMonth ? endYear - 1 : endYear) : year);
      from = iso(startYear, month, known.day);
      to = iso(endYear, endMonth, end.get('day') ?? known.day);
      granularity = 'part';
      // An end before its start ("December 11-6": a score or a slip, not a range) is no range: the day named first.
      if (to < from) {
        to = from;
        granularity = 'day';
      }
    } else if (known.day !== undefined && known.month !== undefined && zoned) {
      const d = Date.UTC(year, month - 1, known.day);
      from = isoAt(d - DAY_MS);
      to = isoAt(d + DAY_MS);
      granularity = 'part';
    } else if (known.day !== undefined && known.month !== undefined && WEEK.test(r.text)) {
      // "last week": the days from the Monday of the week before the article's to the day before it,
      // not one day of them. Writers mean the calendar week before ("last week" on Wednesday 29
      // November for Tuesday 21 November) or loosely the seven days before: both are inside.
      const d = Date.UTC(year, month - 1, known.day);
      let start = d;
      let end = d + 6 * DAY_MS;
      if (ref && LAST_WEEK.test(r.text)) {
        const day = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
        start = Math.min(d, mondayOf(ref) - 7 * DAY_MS);
        end = Math.max(end, day - DAY_MS);
      }
      from = isoAt(start);
      to = isoAt(end);
      granularity = 'part';
    } else if (known.day !== undefined && known.month !== undefined) {
      from = to = iso(year, month, known.day);
      granularity = 'day';
    } else if (known.month !== undefined) {
      from = iso(year, month, 1);
      to = iso(year, month, lastDay(year, month));
      granularity = 'month';
    } else {
      from = iso(year, 1, 1);
      to = iso(year, 12, 31);
      granularity = 'year';
    }
    out.push({ text: text.slice(span.start, span.end), ...span, from, to, granularity, yearImplied: known.year === undefined });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    if (out.some((d) => overlaps(d, span))) continue;
    const decade = m[0].endsWith('s');
    const y = Number(m[0].slice(0, 4));
    out.push({
      text: m[0], ...span,
      from: iso(y, 1, 1),
      to: iso(decade ? y + 9 : y, 12, 31),
      granularity: decade ? 'decade' : 'year',
      yearImplied: false,
    });
  }
  return withRangeYears(text, out.map((d) => asDeadline(text, asWeekend(weeksOn(text, d)))).sort((a, b) => a.start - b.start));
}

/**
 * chrono reads the day opening "from 1 May to 31 October 2022" as one o'clock (an hour and a month,
 * no day): a day written before its month name is that month's day, never an hour.
 */
function dayReadAsHour(text: string, start: { isCertain(k: 'hour' | 'month'): boolean; get(k: 'hour'): number | null }): number | undefined {
  if (!start.isCertain('month') || !start.isCertain('hour')) return undefined;
  const m = DAY_BEFORE_MONTH.exec(text);
  return m ? Number(m[1]) : undefined;
}
const DAY_BEFORE_MONTH = new RegExp(`^(?:from\\s+|between\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'i');

/** Between two dates of a range written as two ("between May 1 and Oct. 31, 2022"). */
const RANGE_JOIN = /^\s*(?:and|to|until|through|[-–—])\s*$/i;

/**
 * A date without its year that opens a range whose closing date names one ("between May 1 and Oct.
 * 31, 2022") is in that year, or the year before when its month comes later ("between December 20
 * and January 5, 2023"): not the latest such day before the report.
 */
function withRangeYears(text: string, dates: DateRef[]): DateRef[] {
  return dates.map((a, i) => {
    const b = dates[i + 1];
    if (!b || !a.yearImplied || b.yearImplied || a.granularity !== 'day' || (b.granularity !== 'day' && b.granularity !== 'month') || !RANGE_JOIN.test(text.slice(a.end, b.start))) return a;
    const [, am, ad] = a.from.split('-').map(Number) as [number, number, number];
    const [by, bm] = b.from.split('-').map(Number) as [number, number];
    const day = iso(am > bm ? by - 1 : by, am, ad);
    return { ...a, from: day, to: day, yearImplied: false };
  });
}

/** "a week" or "a fortnight" right before "tomorrow" or "today" (British usage): that day a week or two on. */
const WEEKS_ON = /\ba\s+(week|fortnight)\s+$/i;
const TODAY_OR_TOMORROW = /^(?:today|tomorrow)$/i;
/** "a week tomorrow" (WEEKS_ON) as the day it names. */
function weeksOn(text: string, d: DateRef): DateRef {
  if (!TODAY_OR_TOMORROW.test(d.text.trim())) return d;
  const on = WEEKS_ON.exec(text.slice(Math.max(0, d.start - 14), d.start));
  if (!on) return d;
  const days = (on[1]?.toLowerCase() === 'fortnight' ? 14 : 7) * DAY_MS;
  const start = d.start - on[0].length;
  return { ...d, text: text.slice(start, d.end), start, from: isoAt(Date.parse(d.from) + days), to: isoAt(Date.parse(d.to) + days) };
}

/** A weekend is its Saturday and Sunday; chrono gives one day of it. */
function asWeekend(d: DateRef): DateRef {
  if (d.granularity !== 'day' || !WEEKEND.test(d.text)) return d;
  const day = new Date(`${d.from}T00:00:00Z`);
  const sat = day.getTime() - ((day.getUTCDay() + 1) % 7) * DAY_MS;
  return { ...d, from: isoAt(sat), to: isoAt(sat + DAY_MS), granularity: 'part' };
}

/** A clock time: "20.15", "8:30", "2 of the dawn", "10pm", "22 hours", "8 o'clock". */
const CLOCK_TIME = /\b\d{1,2}(?:[.:]\d{2}\b|\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock|hours?\b|h\b)|\s+of\s+the\s+(?:dawn|night|morning|afternoon|evening))/i;
/** How far before an aside a clock time is read as the time the aside converts (characters). */
const CONVERTED_REACH = 40;

/**
 * A day in an aside that converts a clock time into another zone ("at 20.15 local time (0.15 of
 * Monday in Spain)", "at 10pm (0300 GMT on Monday)"): the same instant may fall on the day either side
 * where the event happened, so comparing reads the day as the day either side too, as a zoned time is
 * (lib/compare/dates.ts). Matching keeps the day itself: two outlets converting to one zone share it.
 */
export function asConversion(text: string, d: DateRef): DateRef {
  if (d.granularity !== 'day' || d.from !== d.to) return d;
  const open = text.lastIndexOf('(', d.start);
  if (open < 0 || text.lastIndexOf(')', d.start) > open) return d;
  const close = text.indexOf(')', d.end);
  if (close < 0 || text.slice(d.end, close).includes('(')) return d;
  const inside = text.slice(open + 1, close);
  const before = text.slice(Math.max(0, open - CONVERTED_REACH), open);
  if (!CLOCK_TIME.test(inside) || !CLOCK_TIME.test(before)) return d;
  const day = Date.parse(`${d.from}T00:00:00Z`);
  return { ...d, from: isoAt(day - DAY_MS), to: isoAt(day + DAY_MS), granularity: 'part' };
}

/** A date written as a deadline ("by March") covers every day up to its end, and says "by" in its text. */
function asDeadline(text: string, d: DateRef): DateRef {
  const by = DEADLINE_BEFORE.exec(text.slice(Math.max(0, d.start - 20), d.start));
  if (!by) return d;
  const start = d.start - by[0].length;
  return { ...d, text: text.slice(start, d.end), start, from: OPEN_START };
}
