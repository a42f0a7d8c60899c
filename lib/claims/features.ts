import { isYearsSpan } from './years-since';
import type { Mention } from './entities';
import { AGE, type Quantity } from './quantities';
import { countsOfThings } from './count-of-things';
import { blankSpans } from '../text/blank-spans';
import { contentWords } from '../text/content-words';
import { reportedThatCuts, saidCuts } from '../text/reported-speech';

/** A figure whose counted thing could not be read says nothing about what two sentences share. */
const UNCOUNTED = 'unknown';


/**
 * A headline's kicker: "Report: Country A Paid Fee to Rebel Group" states that Country A paid, and its
 * "Report" read as a feature was one the other outlets' sentences lack, so the short headline failed
 * the gates. Certainty still reads the kicker (an attribution).
 */
const KICKER = /^\s*(?:report|exclusive|analysis|update|breaking|opinion|explainer|watch|live)\s*:/i;

/**
 * A report placed after another ("The report comes nearly two months after…", "surfaced just months
 * after similar allegations"): the sequence itself is the fact several outlets state, in words that
 * share little else. The verbs are the "come" synonym group (surfaced, emerged, transpired:
 * lib/text/concepts.ts). Measured on the gold: more links found, no wrong link added.
 */
const COMES_AFTER = /\b(?:comes?|came|coming|surfaced|emerged|transpired)\s+(?:[\p{L}\d-]+\s+){0,4}?after\b/giu;
/** The concept a COMES_AFTER phrase adds. */
const FOLLOWS = 'follow';

/**
 * A name's id as matched: its letters without diacritics, so that an outlet writing "Jose Nunez"
 * (a wire's plain ASCII) and one writing "José Núñez" name one person.
 */
export function nameKey(id: string): string {
  return /[^\u0000-\u007f]/.test(id) ? id.normalize('NFD').replace(/\p{M}/gu, '') : id;
}

/** A date as sentenceFeatures reads it: where it stands and, for a day, which day (lib/claims/schema.ts DateRef). */
export interface DateSpan { start: number; end: number; from?: string; to?: string; granularity?: string }

/**
 * The prefix of a day's feature (`d:2023-02-03`). Two sentences that place something on one day
 * ("went off the tracks Friday night" / "came off the tracks at 8.55pm on Friday 3 February") share
 * the day as a concept. Only days: a month or a year is shared by most of a story's sentences. Its
 * weight is DAY_WEIGHT times a word's (lib/match/weights.ts). Measured on the tuned stories' sentence
 * pairs before it was built: 32 more gold pairs passed the link threshold and 5 more others.
 */
export const DAY_PREFIX = 'd:';
/** The counted key of a figure feature (`q:<counted>:<value>`) for a count of things in the thousands, whatever its noun. */
const ANY_NOUN = 'count';

/**
 * A clock time to the minute (`t:20:55` for "8.55pm", "20:55", "8:55 p.m."): two outlets timing a
 * moment to the minute in the same clock tell one moment. Only times with minutes other than :00 (a
 * round hour is any hour of a story), and a dot only with am/pm ("3.2 kilometres" is no time).
 */
export const CLOCK_PREFIX = 't:';
const CLOCK = /(?<![\p{L}\d.:,])(\d{1,2})([:.])([0-5]\d)(?:\s?(am|pm|a\.m\.|p\.m\.))?(?![\p{L}\d]|[:.,]\d)/giu;

/** The clock times of a sentence as 24-hour HH:MM, where they stand. */
function clockTimes(text: string): { feature: string; start: number; end: number }[] {
  const out: { feature: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const [, h, sep, min, ap] = m;
    if (min === '00' || (sep === '.' && !ap)) continue;
    let hour = Number(h);
    if (ap) {
      if (hour < 1 || hour > 12) continue;
      const pm = ap.toLowerCase().startsWith('p');
      hour = (hour % 12) + (pm ? 12 : 0);
    } else if (hour > 23) continue;
    const start = m.index ?? 0;
    out.push({ feature: `${CLOCK_PREFIX}${String(hour).padStart(2, '0')}:${min}`, start, end: start + m[0].length });
  }
  return out;
}

/** A feature found at a place in the sentence. */
interface Placed {
  feature: string;
  start: number;
  end: number;
}

/**
 * Every feature of a sentence with where it stands: `n:<class>` per counted quantity, `e:<id>` per
 * entity mention, and one concept per content word outside the mentions (stop words, numbers and
 * reporting verbs dropped). The sentence is tokenized once; the sentence's and its clauses' features
 * are read from this one list.
 */
function placedFeatures(text: string, mentions: readonly Mention[], quantities: readonly Quantity[], dates: readonly DateSpan[]): Placed[] {
  const out: Placed[] = [];
  out.push(...clockTimes(text));
  // A day (DAY_PREFIX): one event's day, which two outlets' sentences on it share in whatever words.
  for (const d of dates) if (d.from !== undefined && d.from === d.to && (d.granularity === 'day' || d.granularity === 'part')) out.push({ feature: `${DAY_PREFIX}${d.from}`, start: d.start, end: d.end });
  for (const q of quantities) {
    // A person's age describes them in every sentence about them ("Jane Roe, 38, co-founded…" /
    // "Ms Roe, 38, became…"): no evidence of one fact. Ages are still compared (lib/compare/numbers.ts).
    if (q.counted === UNCOUNTED || q.counted === AGE) continue;
    out.push({ feature: `n:${q.counted}`, start: q.start, end: q.end });
    // The figure itself, so that "six attacks" and "at least six attacks" share it (q: is evidence, not a concept: see similarity's gates).
    // A count in the thousands is the same figure whatever noun each outlet gives it ("11,000
    // workers" / "more than 11,000 jobs": lib/claims/count-of-things.ts): one key for all of them.
    if (q.value !== null) out.push({ feature: `q:${countsOfThings(q) ? ANY_NOUN : q.counted}:${q.value}`, start: q.start, end: q.end });
  }
  // A kicker ("Report:", "Exclusive:") labels the headline; it is not what the headline states.
  let blanked = text.replace(KICKER, (k) => ' '.repeat(k.length));
  // A date's words ("late March", "on Tuesday") are no topic: two reports sharing a date say nothing of
  // sharing a fact. A record's span ("for the first time in seven years") is kept: isYearsSpan.
  blanked = blankSpans(blanked, dates.filter((d) => !isYearsSpan(text.slice(d.start, d.end))));
  for (const m of mentions) {
    if (!m.label) out.push({ feature: `e:${nameKey(m.entity)}`, start: m.start, end: m.end });
    blanked = blanked.slice(0, m.start) + ' '.repeat(m.end - m.start) + blanked.slice(m.end);
  }
  for (const w of contentWords(blanked)) out.push({ feature: w.concept, start: w.start, end: w.end });
  if (/after/i.test(text)) for (const m of text.matchAll(COMES_AFTER)) out.push({ feature: FOLLOWS, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

const sortedSet = (features: Iterable<string>): string[] => [...new Set(features)].sort();

/**
 * Where a sentence is cut into clauses: before a relative or subordinate clause, a list of examples,
 * an aside opened by ", a"/", an" ("the Acme group, a trading firm that…"; not ", the", which cut
 * noun phrases and lost precision), a dash aside, a semicolon, a comma + conjunction, or between who
 * reported and what they reported ("two officials with knowledge of the situation told the agency |
 * that the firm's link… was cited"): the reported fact then matches on its own words (verbs of
 * finding, "showed", "concluded", "found"…, are not reporting verbs here: as cuts they lost
 * precision), also after a bare "said" ("An official familiar with the review said | analysts had
 * linked the firm's money to at least eight sales") unless a time or place follows ("said on Monday"). A cut falls on
 * punctuation or a space, so no word or mention straddles one.
 */
const CLAUSE_BREAK = /,\s*(?=(?:which|who|including|while|whereas|although|but|and|after|before|because|as|according)\b)|,\s*(?=(?:a|an)\s)|;\s*|\s[—–]\s|,\s*(?=[“"])/gi;

/** Every cut of a sentence: CLAUSE_BREAK's and reported speech's (lib/text/reported-speech.ts), in order, each once. */
function clauseCuts(text: string): number[] {
  const at = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0);
  return [...new Set([...at, ...reportedThatCuts(text), ...saidCuts(text)])].sort((a, b) => a - b);
}
/** A clause shorter than this many features is folded into its neighbour: too little to match on. */
const MIN_CLAUSE_FEATURES = 3;

/**
 * The features two sentences are matched on, sorted, each once, and, when the sentence has more than
 * one clause, each clause's. A date's words are not features, nor is a bare number: sharing the word
 * "October" or "70" says nothing about sharing a fact; the day a date names is one (DAY_PREFIX), at a
 * reduced weight. What is counted is: two sentences that both
 * count civilians and wounded people (`n:civilians`, `n:people`) likely report one toll, whatever their
 * figures; and the same figure for the same class (`q:attacks:6` in "six attacks" and "at least six
 * attacks") adds evidence, though it never opens the gates alone (similarity counts it as no concept).
 * Measured on the gold: more links found, no conflict false alarm.
 */
export function sentenceFeatures(text: string, mentions: readonly Mention[], quantities: readonly Quantity[], dates: readonly DateSpan[] = []): { features: string[]; clauses: string[][] } {
  const placed = placedFeatures(text, mentions, quantities, dates);
  const features = sortedSet(placed.map((p) => p.feature));
  const cuts = [0, ...clauseCuts(text), text.length];
  if (cuts.length <= 2) return { features, clauses: [] };
  const clauses: string[][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    const f = sortedSet(placed.filter((p) => p.start >= from && p.end <= to).map((p) => p.feature));
    const prev = clauses[clauses.length - 1];
    if (prev && (f.length < MIN_CLAUSE_FEATURES || prev.length < MIN_CLAUSE_FEATURES)) clauses[clauses.length - 1] = sortedSet([...prev, ...f]);
    else clauses.push(f);
  }
  return { features, clauses: clauses.length > 1 ? clauses : [] };
}
