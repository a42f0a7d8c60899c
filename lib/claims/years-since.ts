import type { DateRef } from './dates';
import { NUMBER_WORDS_SOURCE, parseNumberWords } from '../text/number-words';

/**
 * "The biggest rise in 28 years", "the highest level in nearly four decades", "for the first time in
 * seven years": a record told by how long ago it was last matched. News writes the same fact with the
 * year ("the largest since March 1996", "the fastest pace since 1985"), so the span is read as the
 * years it points back to from the article's date, and compared like any date: "in 28 years" and
 * "since March 1996" in a report of May 2024 overlap (a detail of precision), "in seven years" and
 * "in nearly four years" do not. English grammar of records, no story's words.
 */
const SPAN = new RegExp(
  `\\bin\\s+(?:the\\s+(?:last|past)\\s+)?(?:(nearly|almost|close\\s+to|more\\s+than|over|about|around|roughly|some)\\s+)?(\\d{1,3}|${NUMBER_WORDS_SOURCE})\\s+(years?|decades?)\\b`,
  'giu',
);
/**
 * What makes the span a record's: a superlative or "first time" earlier in the clause ("biggest",
 * "deadliest", "most", "first time", "record"). Without it "in 28 years" is a duration ("will repay
 * the loan in 28 years").
 */
const RECORD_CUE = /\b(?:\p{L}{2,}est|most|least|first\s+time|record|worst|best)\b/giu;
/** Words ending in -est that are no superlative ("interest rate", "protest", "arrest"). */
const NOT_SUPERLATIVE = /^(?:interest|west|rest|protest|test|request|harvest|forest|suggest|invest|arrest|chest|nest|guest|quest|contest|crest|honest|modest|manifest|digest|conquest|inquest|earnest|unrest|pest|vest|zest|attest|detest|infest|midwest|southwest|northwest|behest|bequest|tempest|everest|budapest|bucharest)$/i;
/** How far back the cue may sit: the clause of the span, not the sentence before a comma. */
const CUE_REACH = 80;

/**
 * The years a span reaches back to, as [earliest, latest] years before the report's. A count of years
 * is rounded by writers ("28 years" for 27 years and 7 months): a year either side of it; "nearly"
 * and "almost" fall short of it, "more than" and "over" pass it. Decades are loose by three years.
 */
function reach(n: number, unit: string, qualifier: string): [number, number] {
  if (/^decade/i.test(unit)) return [n * 10 - 3, n * 10 + 3];
  const q = qualifier.toLowerCase().replace(/\s+/g, ' ');
  if (q === 'nearly' || q === 'almost' || q === 'close to') return [n - 1, n];
  if (q === 'more than' || q === 'over') return [n, n + 2];
  if (q) return [n - 1, n + 1];
  return [n, n + 1];
}

/** Records told by a span of years before the report ("the biggest in 28 years"), as year dates. */
export function yearsSince(text: string, ref: Date | null): DateRef[] {
  if (!ref || !/\b(?:years?|decades?)\b/i.test(text)) return [];
  const out: DateRef[] = [];
  const year = ref.getUTCFullYear();
  for (const m of text.matchAll(SPAN)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - CUE_REACH), start);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    if (![...clause.matchAll(RECORD_CUE)].some((c) => !NOT_SUPERLATIVE.test(c[0]))) continue;
    const n = /^\d/.test(m[2] ?? '') ? Number(m[2]) : parseNumberWords(m[2] ?? '');
    if (n === null || n <= 0) continue;
    const [least, most] = reach(n, m[3] ?? '', m[1] ?? '');
    out.push({ text: m[0], start, end: start + m[0].length, from: `${year - most}-01-01`, to: `${year - least}-12-31`, granularity: 'year', yearImplied: true });
  }
  return out;
}

/**
 * A date read by yearsSince ("in seven years"), told by its text: its words stay matching evidence.
 * Three outlets' "for the first time in seven years" share the record's span, which a calendar
 * date's words ("on Tuesday") do not tell; blanked like a date, the tuned stories lost 6 right links.
 */
export const isYearsSpan = (written: string): boolean => /\b(?:years?|decades?)$/i.test(written);
