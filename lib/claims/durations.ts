import { parseNumberWords } from '../text/number-words';

/** A time relative to another event: "less than a month after", "three weeks after", "shortly after". */
export interface RelativeTime {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Shortest gap the phrase allows, in days. */
  minDays: number;
  /** Longest gap the phrase allows, in days. */
  maxDays: number;
  /** True when the phrase names no figure ("shortly", "months"): only a detail can differ from it. */
  vague: boolean;
}

/** "for" right before a span: how long something lasted ("grounded for 20 months after the crashes"), even with "after" behind it (here and in quantities.ts). */
export const DURATION_FOR = /\bfor\s+$/i;

/** An amount of money right before "a week", "a year": the period of a rate ("£515,000 a week", "30 million euros a year"). */
const RATE_BEFORE = /(?:[$£€¥₹]\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|bn|m|k))?|\d[\d,.]*(?:\s*(?:million|billion|thousand|bn|m|k))?\s+(?:euros?|dollars?|pounds?|yen|rupees?|francs?))\)?\s*$/i;
/** "after tax", "after taxes", "after deductions": what is left of a sum, not a time. */
const AFTER_TAX = /^\s+(?:tax|taxes|deductions)\b/i;

const UNIT_DAYS: Record<string, number> = { second: 1 / 86_400, minute: 1 / 1_440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
/** "Hours after", "minutes later" with no figure reach this many of the unit at most: past it a writer says days, or an hour. */
const VAGUE_SHORT_UNITS = 36;

const RELATIVE_TIME =
  /\b(?:(less than|more than|nearly|almost|about|around|just|only|some)\s+)?(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+)?(second|minute|hour|day|week|month|year)s?\s+(?:after|before|later|earlier|following|prior to)\b|\b(shortly|soon|right|just|immediately)\s+(?:after|before|following)\b/gi;

/** Relative times in a sentence, each as the interval of days it allows. */
export function findRelativeTimes(text: string): RelativeTime[] {
  const out: RelativeTime[] = [];
  for (const m of text.matchAll(RELATIVE_TIME)) {
    const start = m.index ?? 0;
    // "grounded for 20 months after the crashes": how long it lasted from then (a span, quantities.ts), not a gap.
    if (DURATION_FOR.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "£515,000 a week after tax", "30 million euros a year after taxes": a rate ("a" is "per") and a
    // deduction, not a gap between two events.
    if (m[2]?.toLowerCase() === 'a' && (RATE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || AFTER_TAX.test(text.slice(start + m[0].length, start + m[0].length + 12)))) continue;
    const base = { text: m[0], start, end: start + m[0].length };
    if (m[4]) {
      // "shortly after": within about two months, "right/immediately after": within days.
      const soon = /right|immediately/i.test(m[4]) ? 7 : 60;
      out.push({ ...base, minDays: 0, maxDays: soon, vague: true });
      continue;
    }
    const unit = UNIT_DAYS[(m[3] ?? 'day').toLowerCase()] ?? 1;
    const count = m[2]?.toLowerCase();
    const vagueCount = !count || count === 'several' || count === 'a few';
    const n = !count ? 2 : count === 'several' ? 3 : count === 'a few' ? 2 : /^(a|an)$/.test(count) ? 1 : /^\d+$/.test(count) ? Number(count) : (parseNumberWords(count) ?? 1);
    // "months after" with no figure: from one unit to a year's worth; "hours after", "minutes later":
    // from one unit to VAGUE_SHORT_UNITS of them (a day and a half of hours: not yet days).
    let [min, max] = vagueCount ? [unit, unit < 1 ? unit * VAGUE_SHORT_UNITS : Math.max(unit * 12, 365)] : [n * unit, n * unit];
    switch (m[1]?.toLowerCase()) {
      case 'less than': [min, max] = [0, n * unit]; break;
      case 'more than': [min, max] = [n * unit, n * unit * 2]; break;
      case 'nearly': case 'almost': [min, max] = [n * unit * 0.8, n * unit]; break;
      case 'about': case 'around': case 'some': [min, max] = [n * unit * 0.8, n * unit * 1.2]; break;
      default: break;
    }
    out.push({ ...base, minDays: min, maxDays: max, vague: vagueCount });
  }
  return out;
}
