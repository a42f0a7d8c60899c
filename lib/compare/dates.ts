import type { Claim } from '../claims/schema';
import { asConversion, clauseBefore, DEICTIC_DAY, FUTURE_BEFORE, isSaidDate, OPEN_START } from '../claims/dates';
import { oncePer } from '../memo';
import { DAY_MS } from '../claims/calendar-days';
import { namesApart } from '../claims/names-apart';
import { eventClasses, isEventCount } from '../claims/quantities';
import { NONE, type Difference } from './difference';
import { sessionsApart } from './trading-session';
import { isYearsSpan } from '../claims/years-since';
import { writesYear } from '../claims/dates';
import { contextOf, sharedContext } from './figure-context';

type DateRef = Claim['dates'][number];

/** Dates written alike ("Today" / "today") read against two articles' dates are each outlet's own day, not two days for one event. */
const norm = (t: string) => t.trim().toLowerCase();
/** Granularities precise enough for two disjoint dates of one event to contradict each other. */
const DAYS = new Set(['day', 'part']);
/**
 * Two months that miss each other ("decided in April" / "decided in March 2020") contradict each other
 * as two days do: a month is a date a reader checks, not the vaguer year that another event's date
 * ("since 1994") most often is. Only a month beside a month: a day beside another month may be two
 * events told at two precisions. Each must name its month: "last month" is read from its own
 * article's date, and one outlet's "Last month, Powell had signaled…" beside another's "the next
 * meeting, in July" are two events (a false conflict on the tuned stories).
 */
const MONTHS = 'month';
const NAMED_MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * A time of day as written: a clock time ("6.04pm", "14:34", "1233 GMT", "10am", "15.00 hours",
 * "15h30") or a part of the day ("morning", "evening", "midnight"). English grammar of telling the time, no story's words. Not the
 * hours and minutes of a time taken ("in 1:00:48", a span: lib/claims/quantities.ts ELAPSED).
 */
const TIME_OF_DAY = /(?<![\p{L}\d.:])(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}(?!:\d)|\d{1,2}[.:]\d{2}\s?h(?:ours?|rs)?\b|\d{1,2}h\d{2}(?![:\d])|\d{4}\s?(?:GMT|UTC)|morning|afternoon|evening|night|midday|noon|midnight|overnight|dawn|dusk)(?![\p{L}\d])/giu;
/** "last night", "tonight": a casual day, read as a date (claims/dates.ts), not a time of day told apart. */
const CASUAL_NIGHT = /(?:last|to)\s*$/i;

/** A claim's times of day, in order, read once per claim: as written and lower-cased (shown), and as compared (timeKey). */
interface TimesOfDay { written: string[]; keys: string[] }
const timesOfDay = oncePer((c: Claim): TimesOfDay => {
  const written = readTimesOfDay(c.text);
  return { written, keys: written.map(timeKey) };
});


/**
 * A claim's dates, without a day word inside a quotation: "today's 75 basis point increase", said at a
 * press conference and printed the next morning, names the speaker's day, not the article's, and read
 * against the article's date it was a day off from every other outlet's date of the decision.
 */
const datesOf = oncePer((c: Claim): Claim['dates'] => {
  const dates = c.text.includes('(') ? c.dates.map((d) => asConversion(c.text, d)) : c.dates;
  if (c.quotes.length === 0) return dates;
  const quoted = (d: Claim['dates'][number]) => DEICTIC_DAY.test(d.text) && c.quotes.some((q) => d.start >= q.start && d.end <= q.end);
  return dates.some(quoted) ? dates.filter((d) => !quoted(d)) : dates;
});
function readTimesOfDay(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TIME_OF_DAY)) {
    if (/night/i.test(m[0]) && CASUAL_NIGHT.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index))) continue;
    out.push(m[0].toLowerCase().replace(/\s+/g, ''));
  }
  return out;
}

/** A clock time as written, its hour and minutes: "9.30am", "9h30", "21:30", "10:15 p.m.", "15.00 hours". */
const CLOCK = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a\.m\.|p\.m\.|hours?|hrs|h)?$/;
/**
 * One time of day, however it is written: a clock as 24-hour "H:MM" ("9.30am" and "9h30" are 9:30,
 * "10:15 p.m." and "22:15" are 22:15), anything else as written ("1233gmt", "morning").
 */
function timeKey(written: string): string {
  const m = CLOCK.exec(written);
  if (!m) return written;
  let hour = Number(m[1]);
  const half = m[3]?.[0];
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23) return written;
  return `${hour}:${m[2] ?? '00'}`;
}
const overlaps = (a: DateRef, b: DateRef) => a.from <= b.to && b.from <= a.to;
/**
 * One date told alike: the same days, and the year written on both sides or on neither ("December" /
 * "December 2019" differ: one leaves the year to the reader). "yesterday" in a Friday's report and
 * "on Thursday" are one day: neither writes a year (tuned stories: date details the gold does not
 * label 418 → 381, those it does 470 → 470; tests/corpus/TUNING.md).
 */
const same = (a: DateRef, b: DateRef) => a.from === b.from && a.to === b.to && (a.yearImplied === b.yearImplied || (!writesYear(a.text) && !writesYear(b.text)));

/**
 * A date of something to come: right after "next" and its noun ("the next meeting, in July", "the
 * Fed's next move, in July"), or in a clause that speaks of the future ("will meet in July", "meets this
 * Sunday": the words claims/dates.ts reads a weekday to come by).
 */
const NEXT_BEFORE = /\bnext\s+[\p{L}-]+\s*,?\s*(?:in|on|at|of)?\s*$/iu;
/**
 * A date used as a noun's modifier ("the September 26 federal election", "the June 15 meeting"): the
 * date of that thing, not of what the sentence says happened.
 */
function attributive(text: string, d: DateRef): boolean {
  if (POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 4))) return true;
  return /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 5), d.start)) && /^\s+\p{Ll}/u.test(text.slice(d.end, d.end + 3));
}
/** A date in the possessive ("before Saturday's match", "Tuesday's vote"): the date of that thing. */
const POSSESSIVE_AFTER = /^['’]s\s/;

function upcoming(text: string, d: DateRef): boolean {
  const before = text.slice(Math.max(0, d.start - 30), d.start);
  if (NEXT_BEFORE.test(before)) return true;
  return FUTURE_BEFORE.test(clauseBefore(text, d.start));
}

/**
 * Both sentences count people by one event ("at least 103 people have died…, police said on Friday" /
 * "the number of the dead rose until Monday morning to over 160": isEventCount, one class): a toll is
 * told as of when it was counted, and two outlets counting on two days is a detail, not two days for
 * one event.
 */
function tollsCounted(here: Claim, there: Claim): boolean {
  const classes = eventClasses(here);
  return classes.size > 0 && there.quantities.some((q) => isEventCount(q) && classes.has(q.counted));
}

/**
 * Dates compared. Overlapping dates of different precision ("October 3" / "October 2021", "in
 * March" / "by March", "in March" / "In March 2021") are a detail. Disjoint dates are a conflict only when each sentence has exactly one date: with more, we
 * cannot tell which date belongs to which event, and a wrong conflict costs the reader's trust.
 */
export function compareDates(here: Claim, there: Claim): readonly Difference[] {
  // Most pairs of sentences name no date or gap on one side: nothing to compare, nothing to allocate.
  const hd = datesOf(here);
  const td = datesOf(there);
  const ht = timesOfDay(here);
  const tt = timesOfDay(there);
  if ((hd.length === 0 || td.length === 0) && (here.relativeTimes.length === 0 || there.relativeTimes.length === 0) && ht.written.length === 0 && tt.written.length === 0) return NONE;
  const out: Difference[] = [];
  const used = new Set<number>();
  for (const a of hd) {
    let j = -1;
    for (let k = 0; k < td.length; k++) {
      if (!used.has(k) && overlaps(a, td[k] as DateRef)) {
        j = k;
        break;
      }
    }
    const b = td[j];
    if (j < 0 || !b) continue;
    used.add(j);
    if (!same(a, b)) out.push({ kind: 'date', severity: 'detail', here: a.text, there: b.text });
  }
  const gap = compareRelativeTimes(here, there);
  if (gap) out.push(gap);
  // The event's own dates: a record's anchor ("not seen since 1996", "the biggest in 28 years") dates another event.
  const he = hd.length > 1 ? eventDates(here.text, hd) : hd;
  const te = td.length > 1 ? eventDates(there.text, td) : td;
  const a = he[0];
  const b = te[0];
  // A day and a year or month that miss each other are most often two events' dates ("since 1994" /
  // "yesterday"); two days that differ ("Tuesday" / "Wednesday") are the same event told two ways.
  // A sentence that also places an event relative to another ("on Thursday, two days after the levee
  // broke") dates two events: which of them the other sentence dates cannot be told, so no conflict.
  const twoEvents = here.relativeTimes.length > 0 || there.relativeTimes.length > 0;
  const single = !twoEvents && he.length === 1 && te.length === 1 && a && b && !overlaps(a, b) && norm(a.text) !== norm(b.text);
  const precise = (x: DateRef) => DAYS.has(x.granularity) || x.granularity === MONTHS;
  // Two days, or two dates that name their month ("in April" / "in May", "on 26 April" / "in May"):
  // a day outside the month the other names dates the act differently.
  const monthNamed = (x: DateRef) => (x.granularity === MONTHS || x.granularity === 'day') && NAMED_MONTH.test(x.text);
  const alike = (x: DateRef, y: DateRef) => (DAYS.has(x.granularity) && DAYS.has(y.granularity)) || (monthNamed(x) && monthNamed(y));
  if (single && a && b && alike(a, b)) {
    // A deadline that the other date falls after ("by March" / "in April") is told as a detail: "by" may be loose.
    const deadline = a.from === OPEN_START || b.from === OPEN_START;
    // Two sentences naming no one in common may date two people's acts: a detail (lib/claims/names-apart.ts).
    const apart = namesApart(here, there, false);
    // A date of what is to come against one of what was ("the next meeting, in July" / "the meeting in May"): two events.
    const tenses = upcoming(here.text, a) !== upcoming(there.text, b) || attributive(here.text, a) || attributive(there.text, b);
    // Two dates of two acts told in one linked pair ("sued to block the deal in December" / "allowed the deal to proceed in July"): a detail.
    const acts = actsApart(here.text, a, there.text, b);
    // A day against a month is told, never called a contradiction: read once on the held-out stories as a
    // conflict, it added two false alarms there for two contradictions found (tests/corpus/TUNING.md).
    const coarser = DAYS.has(a.granularity) !== DAYS.has(b.granularity);
    // A weekday alone is a day whose week is inferred (claims/dates.ts: the last such day, or the next
    // in a clause about what is to come); a date a week from it on the same weekday is that day told in
    // full ("Nominations close at 2pm on Monday" / "on Monday, 24 October"), the week misread.
    if (weekAway(a, b) || weekAway(b, a)) {
      out.push({ kind: 'date', severity: 'detail', here: a.text, there: b.text });
      return out;
    }
    // A date inside an aside ("the tabloid, which last week began streaming, declared…") dates the
    // aside's act, not the main clause's: against a date of the main clause, two acts.
    const aside = inRelativeClause(here.text, a) !== inRelativeClause(there.text, b);
    // The day something was said may be only the day a fact of another day was reported (claims/dates.ts saidDates): a detail at most.
    const said = isSaidDate(here.text, a.start) || isSaidDate(there.text, b.start);
    // Two clock times on consecutive days a few hours apart across midnight ("half past midnight on
    // Tuesday, Spanish time" / "at 23h30 on Monday" in Lisbon): one moment in two time zones.
    const zones = acrossMidnight(a, ht, b, tt);
    if (!deadline || (precise(a) && precise(b))) out.push({ kind: 'date', severity: deadline || coarser || apart || tenses || acts || aside || said || zones || tollsCounted(here, there) || sessionsApart(here, there) ? 'detail' : 'conflict', here: a.text, there: b.text });
  }
  // Two years, alone on each side, beside the same words ("will not come until 2044" / "will be until
  // 2045"): a detail only, as a year is as often another event's ("since 2011").
  else if (single && a && b && a.granularity === 'year' && b.granularity === 'year' && !actsApart(here.text, a, there.text, b) && !namesApart(here, there, false)) {
    out.push({ kind: 'date', severity: 'detail', here: a.text, there: b.text });
  }
  // One date difference says the two place the event differently; a time of day is told when nothing else is.
  const clock = out.length === 0 ? compareTimesOfDay(here, there, ht, tt) : null;
  if (clock) out.push(clock);
  return out;
}

/** A non-restrictive relative clause open before a date: ", which", ", who", ", whose", ", where", no clause break since. */
const RELATIVE_OPEN = /,\s+(?:which|who|whose|where)\b[^,;:—–()]*$/i;
/** A date inside an aside a comma closes after it (RELATIVE_OPEN): it dates the aside's act. */
const inRelativeClause = (text: string, d: DateRef): boolean => RELATIVE_OPEN.test(text.slice(0, d.start)) && /[,;:—–]/.test(text.slice(d.end));
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A date told by its weekday alone ("on Monday", "at 2pm on Monday"): no month, and no digit but a time of day's (TIME_OF_DAY). */
const weekdayOnly = (d: DateRef): boolean => d.granularity === 'day' && WEEKDAY.test(d.text) && !NAMED_MONTH.test(d.text) && !/\d/.test(d.text.replace(TIME_OF_DAY, ''));
/** `x` a weekday alone, `y` a day exactly one week from it: the same weekday (see compareDates). */
const weekAway = (x: DateRef, y: DateRef): boolean => weekdayOnly(x) && y.granularity === 'day' && y.from === y.to && Math.abs(Date.parse(x.from) - Date.parse(y.from)) === 7 * DAY_MS;

/**
 * The words a date stands beside in its clause (contextOf): what happened then. A date alone in its
 * clause ("On Tuesday, the prosecutor put the loss at…") stands for the clause after it.
 */
function dateContext(text: string, d: DateRef): Set<string> {
  const own = contextOf(text, d.start, d.end);
  if (own.size > 0) return own;
  const next = /^\s*[,;:]\s*/.exec(text.slice(d.end));
  const after = next ? contextOf(text, d.end + next[0].length, d.end + next[0].length) : own;
  // Set off by commas inside the sentence ("declared seven days of mourning, until January 4, and
  // designated…"), it may date the clause before it as well as the one after (its preposition, if
  // any, in between).
  const prev = /[,;:]\s*(?:\p{Ll}+\s+)?$/u.exec(text.slice(Math.max(0, d.start - 12), d.start));
  if (!prev) return after;
  const at = d.start - prev[0].length + (prev[0].search(/[,;:]/u));
  return new Set([...after, ...contextOf(text, at, at)]);
}

/**
 * Words two dates' clauses must share for the dates to date one act: two dates beside different
 * words date two things that happened, each told by one outlet ("walked out on March 11" / "began its
 * strike on September 15"), not one thing dated twice: a detail, not a contradiction. At 1 the tuned
 * stories' conflict false alarms went 15 → 12 and 3 of the gold's 830 contradictions were shown as
 * date details instead; at 2, 11 and 13 (tests/corpus/TUNING.md).
 */
const DATE_CONTEXT_SHARED = 1;
const actsApart = (aText: string, a: DateRef, bText: string, b: DateRef): boolean => sharedContext(dateContext(aText, a), dateContext(bText, b)) < DATE_CONTEXT_SHARED;

/** "since 1996", "since December 1985": the anchor of a record, not when the sentence's event happened. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
function eventDates(text: string, dates: readonly DateRef[]): readonly DateRef[] {
  return dates.filter((d) => !isYearsSpan(d.text) && !SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 10), d.start)));
}

/**
 * Times of day compared, where both sentences place the fact in time (a date, a gap after another
 * event, or a time of day): one names a time the other does not ("on Wednesday" / "on Wednesday
 * evening at 6.04pm IST"), or they name other times ("just after 6pm India time" / "at 6.04pm IST";
 * "on Tuesday morning" / "shortly before 10am that day"). A detail: clocks in two zones, or a clock and
 * a part of the day, can both be right.
 */
function compareTimesOfDay(here: Claim, there: Claim, ht: TimesOfDay, tt: TimesOfDay): Difference | null {
  if (ht.written.length === 0 && tt.written.length === 0) return null;
  const placed = (c: Claim, t: TimesOfDay) => c.dates.length > 0 || c.relativeTimes.length > 0 || t.written.length > 0;
  if (!placed(here, ht) || !placed(there, tt)) return null;
  if (ht.keys.length === tt.keys.length && ht.keys.every((x) => tt.keys.includes(x))) return null;
  const told = (t: TimesOfDay) => (t.written.length ? t.written.join(', ') : '(no time of day)');
  return { kind: 'date', severity: 'detail', here: told(ht), there: told(tt) };
}

/**
 * Hours between two clock times on consecutive days, across midnight, within which they may be one
 * moment told in two time zones: the zones a report converts between lie up to 10 hours apart (Sydney
 * and London, with summer time), and a writer may leave the zone unnamed.
 */
const ZONE_HOURS = 10;
/** A time of day's minutes after midnight, for a clock time ("H:MM") or midnight and noon; null for another. */
function minutesOf(key: string): number | null {
  if (key === 'midnight') return 0;
  if (key === 'noon' || key === 'midday') return 12 * 60;
  const m = /^(\d{1,2}):(\d{2})$/.exec(key);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
/** Two days one apart, each sentence with one clock time, the later day's time within ZONE_HOURS after the earlier day's. */
function acrossMidnight(a: DateRef, at: TimesOfDay, b: DateRef, bt: TimesOfDay): boolean {
  if (!DAYS.has(a.granularity) || !DAYS.has(b.granularity) || at.keys.length !== 1 || bt.keys.length !== 1) return false;
  const days = Math.round((Date.parse(b.from) - Date.parse(a.from)) / DAY_MS);
  if (Math.abs(days) !== 1) return false;
  const x = minutesOf(at.keys[0] as string);
  const y = minutesOf(bt.keys[0] as string);
  if (x === null || y === null) return false;
  const [early, late] = days > 0 ? [x, y] : [y, x];
  return 24 * 60 - early + late <= ZONE_HOURS * 60;
}

/**
 * Gaps between events compared ("three weeks after" / "less than a month after"): a detail when both
 * can be true, a conflict when two stated gaps cannot overlap ("two weeks" / "three months").
 */
function compareRelativeTimes(here: Claim, there: Claim): Difference | null {
  const a = here.relativeTimes[0];
  const b = there.relativeTimes[0];
  if (!a || !b || (a.minDays === b.minDays && a.maxDays === b.maxDays)) return null;
  const overlap = a.minDays <= b.maxDays && b.minDays <= a.maxDays;
  return { kind: 'date', severity: overlap || a.vague || b.vague ? 'detail' : 'conflict', here: a.text, there: b.text };
}

