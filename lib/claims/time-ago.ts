import { DAY_MS, isoAt } from './calendar-days';
import type { DateRef } from './dates';
import { NUMBER_WORDS_SOURCE, parseNumberWords } from '../text/number-words';

/**
 * "Two years ago", "three months ago", "a decade ago", "ten days ago": a time told by how long before
 * the report it was, read against the article's date and placed on the calendar in the unit it is told
 * in: "two years ago" in a report of July 2023 is 2021, as "last year" is 2022 (chrono reads that one),
 * so "set in Berlin two years ago" and "set in Berlin in 2022" place the record in two years. Weeks
 * are loose by half a week either way. English grammar of time, no story's words; undated articles
 * place nothing. A base of comparison ("up 14% from a year ago", "than a year ago", "compared with a
 * year ago") places no event: not read.
 */
const AGO = new RegExp(`\\b(\\d{1,3}|an?|${NUMBER_WORDS_SOURCE})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'giu');

/** What makes "a year ago" the base of a comparison, right before it (within COMPARED_REACH characters). */
const COMPARED_FROM = /\b(?:from|than|with|over|versus|vs\.?|on)\s+$/i;
const COMPARED_REACH = 16;
/** "Two weeks ago" is the day fourteen days back, give or take this many days: a writer rounds to weeks. */
const WEEK_SLACK_DAYS = 3;

/** The times told as "… ago" in a text, placed from the article's date `ref` (see AGO); none for an undated article. */
export function timeAgo(text: string, ref: Date | null): DateRef[] {
  if (!ref || !/\bago\b/i.test(text)) return [];
  const out: DateRef[] = [];
  for (const m of text.matchAll(AGO)) {
    const word = (m[1] ?? '').toLowerCase();
    const n = /^an?$/.test(word) ? 1 : /^\d+$/.test(word) ? Number(word) : parseNumberWords(word);
    if (n === null) continue;
    const unit = (m[2] ?? '').toLowerCase();
    const start = m.index ?? 0;
    if (COMPARED_FROM.test(text.slice(Math.max(0, start - COMPARED_REACH), start))) continue;
    const base = { text: m[0], start, end: start + m[0].length, yearImplied: true };
    const y = ref.getUTCFullYear();
    if (unit === 'year' || unit === 'decade') {
      const back = unit === 'decade' ? n * 10 : n;
      out.push({ ...base, from: `${String(y - back).padStart(4, '0')}-01-01`, to: `${String(y - back).padStart(4, '0')}-12-31`, granularity: 'year' });
    } else if (unit === 'month') {
      const t = new Date(Date.UTC(y, ref.getUTCMonth() - n, 1));
      const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0));
      out.push({ ...base, from: isoAt(t.getTime()), to: isoAt(last.getTime()), granularity: 'month' });
    } else if (unit === 'week') {
      const mid = ref.getTime() - n * 7 * DAY_MS;
      out.push({ ...base, from: isoAt(mid - WEEK_SLACK_DAYS * DAY_MS), to: isoAt(mid + WEEK_SLACK_DAYS * DAY_MS), granularity: 'part' });
    } else {
      const d = isoAt(ref.getTime() - n * DAY_MS);
      out.push({ ...base, from: d, to: d, granularity: 'day' });
    }
  }
  return out;
}
