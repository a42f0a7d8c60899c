import { NUMBER_WORDS_SOURCE, VAGUE_AMOUNTS, parseNumberWords } from '../text/number-words';
import { conceptOf } from '../text/concepts';
import { STOPWORDS } from '../text/stopwords';
import { designationOf } from './designations';
import { DURATION_FOR } from './durations';
import { fahrenheitToCelsius, GLUED_UNIT_SOURCE, isTemperatureChange, MEASURE_ROUNDING, SPAN_DAYS, temperatureScale, TIME_UNIT, unitOf } from './measures';

/** How a figure is qualified; decides the interval and whether two figures can both be true. */
export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'about' | 'vague';

export interface Quantity {
  /** The phrase as written, qualifier included ("more than 70 others"). */
  text: string;
  /** The figure as written, qualifier included ("more than 70"). */
  figure: string;
  start: number;
  end: number;
  /** The stated number; null for vague amounts ("dozens"). */
  value: number | null;
  qualifier: Qualifier;
  /** Smallest value the phrase allows. */
  min: number;
  /** Largest value the phrase allows; null when unbounded. */
  max: number | null;
  /** What is counted, as a key two figures compare on: a noun's concept ("build"), an event's ("injur", "die"), "money:usd", "percent", "points", "unknown". */
  counted: string;
}

/**
 * Words before a figure that bound it. A verb of passing a mark is one ("toll passes 100", "death
 * toll tops 180", "exceeded 5,000"): the figure is a threshold crossed, not the count.
 */
const QUALIFIERS: [RegExp, Qualifier][] = [
  // "more of 100 millions", "less of 20": translations' "plus de" / "más de", before a figure only.
  [/^(?:more than|more of|over|upwards of|in excess of|above|exceeding|exceeds|exceeded|passes|passed|passing|tops|topped|topping|surpasses|surpassed|surpassing)$/i, 'more-than'],
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at-least'],
  [/^(?:up to|as many as|as much as|at most|no more than)$/i, 'up-to'],
  [/^(?:less than|less of|fewer than|under|just under|below)$/i, 'less-than'],
  [/^(?:about|around|approximately|roughly|some|an estimated|estimated|close to|nearly|almost|just over|more or less)$/i, 'about'],
];
const QUALIFIER_SOURCE = '(?:(?:exceeding|exceeds|exceeded|passes|passed|passing|tops|topped|topping|surpasses|surpassed|surpassing)(?:\\s+the)?|more than|more of(?=\\s+\\d)|over|upwards of|in excess of|above|at least|no fewer than|no less than|a minimum of|up to|as many as|as much as|at most|no more than|less than|less of(?=\\s+\\d)|fewer than|under|below|nearly|almost|just under|just over|more or less|about|around|approximately|roughly|some|an estimated|estimated|close to)';
const VAGUE_SOURCE = Object.keys(VAGUE_AMOUNTS).sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
/** Currency signs and codes written before a figure: "$9.6bn", "£1.2 million", "€5bn", "US$3m", "Rs 615 crore". */
const CURRENCY_BEFORE = '(?:US\\$|A\\$|C\\$|HK\\$|NZ\\$|[$£€¥₹]|(?:USD|EUR|GBP|JPY|INR|Rs\\.?)\\s?)';
/**
 * A decimal comma, as Europe writes it and machine translation keeps it ("31,6 million", "99,16%",
 * "1,5 seconds", "2,05 megajoules"): one or two digits after the comma, never the three of a thousands
 * separator, before a percentage or a word (a scale or a unit, whichever: a list of units missed
 * "megajoules" and read "05 megajoules").
 */
const DECIMAL_COMMA = '\\d{1,3},\\d{1,2}(?![\\d,])(?=\\s*(?:%|\\p{L}))';
/**
 * A figure written with a decimal comma, read with a point: a comma followed by one or two digits and
 * no third ("31,6", "99,16"), never a thousands separator ("2,500", "1,200,000"). Also read by
 * lib/compare/numbers.ts on a quantity's written figure.
 */
export const withDecimalPoint = (figure: string): string => figure.replace(/(\d),(\d{1,2})(?!\d)/, '$1.$2');
/**
 * Indian digit grouping, as Indian outlets write it: the last three digits, then pairs ("1,70,000" is
 * 170,000; "12,50,000" is 1,250,000).
 */
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})+,\d{3}$/;
const NUMERAL = `${CURRENCY_BEFORE}?(?:${DECIMAL_COMMA}|\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;
/**
 * Scales after a figure, spelled or abbreviated: "9.6 billion", "9.6bn", "$400m", "5tn", "615 crore",
 * "1,8 milliard" (a thousand million: British English, and what a translation from French, German or
 * Spanish writes for "milliard", "Milliarde", "mil millones").
 */
const SCALE_SOURCE = '(?:\\s*(?:bn|tn|m|k)(?![\\p{L}])|\\s+(?:million|milliard|billion|trillion|thousand|crore|lakh)s?)';
const SCALE_VALUE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, milliard: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12, lakh: 1e5, crore: 1e7 };
/** A scale's value; spelled in the plural after a figure as translations write it ("100 millions of litres"). */
const scaleValue = (scale: string): number => {
  const s = scale.trim().toLowerCase();
  return SCALE_VALUE[s] ?? SCALE_VALUE[s.replace(/s$/, '')] ?? 1;
};
/**
 * A figure with points between groups of three digits and no scale, percentage or currency after or
 * before it: Europe's thousands separator, kept by translations ("Some 10.000 persons", "15.000
 * megawatts"), not three decimals.
 */
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * An "m" glued to a figure that measures a length: "a 4m-high wall", "some 250m past the end of the
 * runway", "a 30m-long section". After a figure "m" is as often million ("110m customer accounts") as
 * metres; a dimension adjective or a word placing something in space right after it says metres.
 */
const METRES_AFTER = /^(?:-(?:high|tall|long|wide|deep|thick)\b|\s+(?:high|tall|long|wide|deep|thick|away|past|beyond|from|above|below|under|underground|offshore|inland|up|down|along|across|or\s+so)\b)/i;

/**
 * English qualifiers written after a figure and its noun: "the last 40 feet or so", "a dozen or so
 * people", "100 people or more", "50 or fewer". At most two words between (the unit, the noun), no
 * punctuation; read as the qualifier before it would be ("about 40 feet", "at least 100 people").
 */
const QUALIFIER_AFTER = /^(?:[\s-]+[\p{L}’']+){0,2}?\s+or\s+(so|thereabouts|more|fewer|less)\b/u;
/** Characters after the figure QUALIFIER_AFTER reads: two words and "or so" fit ("40 metric tonnes or so"). */
const QUALIFIER_AFTER_REACH = 40;
const POSTFIX_QUALIFIERS: Record<string, Qualifier> = { so: 'about', thereabouts: 'about', more: 'at-least', fewer: 'up-to', less: 'up-to' };

const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d$£€¥₹.])(?:(?<qual>${QUALIFIER_SOURCE})\\s+)?(?<num>${NUMERAL}|(?<vague>${VAGUE_SOURCE})|(?<words>${NUMBER_WORDS_SOURCE}))(?:(?<glued>${GLUED_UNIT_SOURCE})(?![\\p{L}\\d])|(?<scale>${SCALE_SOURCE})?(?<pct>\\s*(?:%|per\\s?cent|pc)(?![\\p{L}]))?(?![\\p{L}\\d]))`,
  'giu',
);

/**
 * The words after a figure, where what it counts is named. A number right after a capitalised word is
 * part of a name and is passed over ("171 Boeing 737 MAX 9 jets" counts jets).
 */
const TAIL = /^(?:\s+of)?(?:[\s-]+(?:[\p{L}’'.]+|(?<=\p{Lu}[\p{L}’'.]*[\s-]+)\d+(?:s(?![\p{L}]))?)){0,5}/u;
/** The words before a figure, where a count's subject may stand ("the death toll rose to 53"). */
const HEAD_BEFORE_WORDS = 20;

/**
 * English words between a figure and what it counts that say nothing of what is counted ("six other
 * attacks", "two more ships"). Grammar, not any story's vocabulary.
 */
const MODIFIERS = new Set('other more additional new recent separate suspected local foreign further extra total some of the its their his her our'.split(' '));
/** Nouns that count people in general: what such a figure counts is read from the verb or noun of the event beside it. */
const PEOPLE = new Set('people persons person others individuals residents victims civilians'.split(' '));
/** Nouns that name a count itself ("the death toll", "the number of people killed"): the counted thing stands beside them. */
const COUNT_NOUNS = new Set('toll tally number count total figure'.split(' '));
/** Words that stand for the people they describe after a figure ("114 dead", "80 injured", "12 missing"). */
const DESCRIBED = /^(?:dead|[a-z]+ed|missing)$/;
/**
 * Participles of knowing that stand before the event a count is told of, not for it ("people confirmed
 * dead", "12 feared dead", "people reported missing", "three believed killed"): the event is the word
 * after them.
 */
const KNOWN_AS = /^(?:confirmed|reported|believed|feared|presumed|known|thought|said|listed|declared)$/;
/**
 * A count's own noun standing alone for the dead: "the toll rose to 40", "put its toll at 31". In news
 * a toll with no word beside it is a death toll; an injury or casualty toll names itself and is read
 * from that word (countedOf).
 */
const BARE_TOLL = 'toll';
/** A verb of reaching right before a figure ("reached 180", "reaches 53", "has hit 99"): a toll that reached a mark is at least that many (findQuantities). */
const REACHED_BEFORE = /\b(?:reach(?:es|ed|ing)?|hits?|hitting)\s+$/i;
/**
 * English adjectives that stand for a verb's participle but share no stem with it, so that "114 dead"
 * counts what "114 people died" counts. Grammar, not vocabulary of any story.
 */
const IRREGULAR_PARTICIPLE: Record<string, string> = { dead: 'died' };
/** Auxiliaries and particles between a noun and its participle ("53 people have been killed"). */
const AUXILIARIES = new Set('have has had been being were was are is be reportedly were'.split(' '));
/** Currency words after a figure, and the currency each sign stands for. */
const CURRENCY_WORDS: Record<string, string> = { dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp', sterling: 'gbp', yen: 'jpy', rupee: 'inr', rupees: 'inr', yuan: 'cny', francs: 'chf' };
const CURRENCY_SIGNS: [RegExp, string][] = [[/^US\$/, 'usd'], [/^A\$/, 'aud'], [/^C\$/, 'cad'], [/^HK\$/, 'hkd'], [/^NZ\$/, 'nzd'], [/^\$/, 'usd'], [/^£/, 'gbp'], [/^€/, 'eur'], [/^¥/, 'jpy'], [/^₹|^Rs/, 'inr'], [/^USD/, 'usd'], [/^EUR/, 'eur'], [/^GBP/, 'gbp'], [/^JPY/, 'jpy'], [/^INR/, 'inr']];
/**
 * Days in each period a rate is told over: rates are compared per day (lib/compare/numbers.ts), so that
 * "$400 million of goods an hour" and "$9.6 billion a day" are one rate. Kept as told in the claim
 * (the link model's sameFigure reads the written value). Its keys are the periods a rate is read over.
 */
export const DAYS_IN: Record<string, number> = { second: 1 / 86_400, minute: 1 / 1_440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 };
/** "a day", "per hour", "each week": a period after a figure, captured (DAYS_IN's keys). */
const PER_PERIOD = String.raw`(?:a|an|per|each|every)\s+(${Object.keys(DAYS_IN).join('|')})\b`;
/**
 * "a day", "per hour", "an hour", "each week": a rate, compared only with a rate over the same period;
 * "a year earlier", "a day after" are no rate but a time before or after.
 */
const RATE = new RegExp(String.raw`^[\s-]+${PER_PERIOD}(?![\s-]+(?:earlier|ago|before|after|later|on|from|since))`, 'iu');
/**
 * A sum's period may follow what the sum is of: "$400 million of goods an hour", "$9.6bn in trade a
 * day". Read for money only: a count's noun with a period after it ("30,000 vehicles a day") is read
 * as the count of that noun, as one without the period is.
 */
const RATE_AFTER_NOUN = new RegExp(String.raw`^(?:\s+(?:of|in|worth\s+of))?(?:[\s-]+(?!(?:a|an|per|each|every)\b)[\p{Ll}’'-]+){1,2}?[\s-]+${PER_PERIOD}(?![\s-]+(?:earlier|ago|before|after|later|on|from|since|of|in))`, 'iu');

/** A number just after or just before "HH:" / ":MM": one half of a clock time (or a race time, read by durations.ts). */
const CLOCK_BEFORE = /\b\d{1,2}:$/;
const CLOCK_AFTER = /^:\d{2}\b/;
/** The key of an earthquake's magnitude, and the words that name one before or after its figure. */
export const MAGNITUDE = 'measure:magnitude';
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?[\s-]*$/i;
const MAGNITUDE_AFTER = /^(?:[\s-]*magnitude\b|\s+on\s+the\s+richter\b)/i;
/** The key of a person's age ("a 38-year-old", "37 years old", "aged 41", "Jane Roe, 37,", "Doe (33)"): compared only with another age. */
export const AGE = 'age';
/** Oldest age read as one (years): a larger figure in an age's place is something else. */
const MAX_AGE = 120;
const AGE_AFTER = /^[\s-]+years?[\s-]+old\b/i;
const AGE_BEFORE = /\baged\s+(?:of\s+)?$/i;
/** An age set off after a name: "Jane Roe, 37, a retired diver" (comma on both sides), "John Doe(33)". */
const AGE_APPOSED = /\p{Lu}[\p{L}’'-]*(?:,\s|\s?\()$/u;
/**
 * "of N years" after a person, as translations write an age ("Jane Roe, young Ruritanian of 22 years",
 * "an Australian young woman of 23 years"): the word before "of" a name or a word for a person, so that
 * "a term of 10 years" stays a span.
 */
const AGE_OF_BEFORE = /(?:\b\p{Lu}[\p{L}’'-]*|\b(?:wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|teenagers?|citizens?|nationals?|residents?|persons?|people|mothers?|fathers?|sons?|daughters?|students?|twins|victims?))\s+of\s+$/u;
const AGE_OF_AFTER = /^\s+years\b(?!\s+(?:ago|of|after|before|later|earlier|since|in|to|for))/i;
/** The verbs that say an age of a name ("is 23"), and those a translation writes it with ("has 24 years"): lib/compare/age-owner.ts reads the name before either. */
export const AGE_IS_VERBS = 'is|was|turned|turns';
export const AGE_HAS_VERBS = 'has|had';
/**
 * An age as the verb's complement after a name: "Kiptum is 23 and was running…", and as a translation
 * writes it ("Kiptum has 24 years and…", from "tiene 24 años", "a 24 ans"). The figure ends its clause,
 * or "years" follows it and no preposition does ("has 24 years of history" is no age).
 */
const AGE_IS_BEFORE = new RegExp(`\\p{Lu}[\\p{L}’'-]*\\s+(?:${AGE_IS_VERBS})\\s+$`, 'u');
const AGE_IS_AFTER = /^(?:[,;.]|\s+(?:and|when|but)\b|$)/;
const AGE_HAS_BEFORE = new RegExp(`\\p{Lu}[\\p{L}’'-]*\\s+(?:${AGE_HAS_VERBS})\\s+$`, 'u');
const isAge = (text: string, start: number, numEnd: number): boolean => {
  const after = text.slice(numEnd, numEnd + 12);
  const before = text.slice(Math.max(0, start - 30), start);
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return true;
  if (AGE_IS_BEFORE.test(before) && AGE_IS_AFTER.test(after)) return true;
  if (AGE_HAS_BEFORE.test(before) && AGE_OF_AFTER.test(after)) return true;
  if (AGE_OF_AFTER.test(after) && AGE_OF_BEFORE.test(before)) return true;
  const m = AGE_APPOSED.exec(before);
  return !!m && (m[0].endsWith('(') ? after.startsWith(')') : after.startsWith(','));
};
/** Figures that are not counts: clock times, spans of time before or after something ("two weeks after": a gap, read by durations.ts). */
const NOT_A_COUNT_AFTER = /^(?:[\s-]+)(?:(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)\s+(?:after|before|later|earlier|ago|since|into)|am|pm|a\.m\.|p\.m\.|o'clock|hrs|h\b|GMT|UTC|BST|EDT|EST|PDT|PST|IST|CET|CEST|local\s+time)(?![\p{L}])/iu;

const NO_DESIGNATIONS: ReadonlySet<string> = new Set();

/**
 * A game's score: two whole numbers joined by a hyphen or dash ("beat France 4-2 on penalties",
 * "ended 3-3", "a 2-1 win"), after a verb of a result or before a word of one. Two sides' tallies, not
 * counts of anything: read as figures, "2" of "4-2" met "120 minutes" and "thousands of supporters".
 * A range with its unit ("10-12 metres", "5-10 people") is left a range, and a vote's split ("voted
 * 10-1") is left to be read: a reader compares it.
 */
const SCORE = /(?<![\d.,])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d,%-]|\.\d)/g;
const SCORE_BEFORE = /\b(?:beat(?:s|en)?|won|wins?|winning|lost|loses?|losing|defeat(?:s|ed)?|ended|ends|finished|finishes|drew|draws?|trailed|trailing|led|leading|score(?:d|line)?)\s+(?:[\p{L}’'.-]+\s+){0,3}?$/iu;
const SCORE_AFTER = /^\s*(?:on\s+penalties|in\s+(?:a\s+)?(?:penalty\s+)?shoot-?out|after\s+(?:extra\s+time|penalties)|(?:win|victory|defeat|loss|draw|lead|scoreline)\b)/iu;
function scoreSpans(text: string): { start: number; end: number }[] {
  if (!/\d\s?[-–]\s?\d/.test(text)) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SCORE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (SCORE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SCORE_AFTER.test(text.slice(end, end + 30))) out.push({ start, end });
  }
  return out;
}

/** "from $1.62 billion", "up from 5%": a figure something moved from, compared only with another such figure. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+|its\s+|their\s+|a\s+)?$/i;
/** The key suffix of a figure something moved from (FROM_BEFORE). */
export const PRIOR = '@prior';
/**
 * "the last four boys", "the first eight", "the remaining 40 workers": a group within the whole, not
 * the whole ("all 12 boys"). Such a count is compared only with another group so named
 * (lib/compare/numbers.ts): the whole and its last group are two counts of one noun, never two
 * versions of one figure.
 */
const GROUP_BEFORE = /\b(?:the|its|their|his|her)\s+(?:first|last|final|remaining|initial|next)\s+$/i;
/** Whether a figure counts a group within the whole (GROUP_BEFORE): read by the comparison, not in the key, so that linking still meets "the first four boys" with "four boys were brought out". */
export const isGroupCount = (text: string, q: Pick<Quantity, 'start'>): boolean => GROUP_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start));

function qualifierOf(q: string | undefined): Qualifier {
  if (!q) return 'exact';
  // A verb of passing a mark may name it with "the", as translations write it ("surpasses the 2.9 millions of votes").
  const t = q.toLowerCase().replace(/\s+/g, ' ').replace(/ the$/, '');
  for (const [re, k] of QUALIFIERS) if (re.test(t)) return k;
  return 'exact';
}

const wordsOf = (t: string) => t.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/^[“"‘(]+|[’'.,;:)”"]+$/g, '').replace(/[’']s$/, '')).filter(Boolean);
const isContent = (w: string) => w.length >= 2 && !STOPWORDS.has(w) && !MODIFIERS.has(w) && !/\d/.test(w);

/** Keys of figures that count no one by an event (isEventCount). */
const NOT_EVENT_KEYS = new Set(['unknown', 'people', 'percent', 'points', 'span', AGE]);

/**
 * True when a figure counts people by what happened to them ("114 people killed", "53 dead", "more
 * than 70 others were injured", "the death toll rose to 53"): its class is read from the event, and no
 * noun of its own says what the people are. A count of a noun ("11,000 employees", "2,200 buildings")
 * is not one: a story counts its employees, buildings or jobs in several roles (a workforce and a cut),
 * while a toll of the dead or injured is one fact however it grows between reports.
 */
export function isEventCount(q: Pick<Quantity, 'text' | 'figure' | 'counted' | 'value'>): boolean {
  // A span of time or an age counts no one ("45 days", "a 38-year-old"): its key is letters too.
  if (q.value === null || !/^\p{L}+$/u.test(q.counted) || NOT_EVENT_KEYS.has(q.counted)) return false;
  const after = wordsOf(q.text.slice(q.figure.length)).filter((w) => !MODIFIERS.has(w));
  const first = after[0];
  // No noun right after the figure ("rose to 53 as…", "53 on Friday"): the class came from the event or the count's own noun ("toll").
  return first === undefined || PEOPLE.has(first) || DESCRIBED.test(first) || !isContent(first);
}

/** The classes a claim counts people by an event in ("53 people killed", "the death toll rose to 53": isEventCount), each once. */
export function eventClasses(c: { quantities: readonly Quantity[] }): Set<string> {
  return new Set(c.quantities.filter(isEventCount).map((q) => q.counted));
}

/** The event a count of people belongs to: the participle after the noun or the verb before the figure ("were killed", "injuring more than 80"). */
/** Verbs a count moves or stands by ("rose to", "reached", "passes", "tops", "stood at"). */
const CHANGE_VERB = /^(?:ris(?:e|es|en|ing)|rose|reach(?:es|ed|ing)?|pass(?:es|ed|ing)?|tops?|topped|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|grows?|grew|grown|exceed(?:s|ed|ing)?|st(?:and|ands|ood)|hits?)$/;

/**
 * The noun a figure is "of" when it names none after it: "a crew of 21", "its workforce of 87,000", "a
 * population of 8 million". The noun is the thing counted, as "21 crew members" says it. Not a
 * participle ("consisting of", "made up of") nor a word for people, which say nothing of what is
 * counted; the count nouns ("a total of", "the toll of") are read before this by countedOf.
 */
function nounOfFigure(prior: readonly string[]): string | undefined {
  if (prior.at(-1) !== 'of') return undefined;
  const noun = prior.at(-2);
  return noun && isContent(noun) && !PEOPLE.has(noun) && !COUNT_NOUNS.has(noun) && !/(?:ed|ing)$/.test(noun) && !CHANGE_VERB.test(noun) ? noun : undefined;
}

/**
 * The noun a count is told of when the figure names none: the plural noun right before a verb of
 * change that ends the words before the figure ("flood deaths rise to 143", "deaths have climbed to
 * 31"), past auxiliaries and "to"/"at"/"above"/"over"/"more than". Undefined when no such verb ends them.
 */
function subjectOfChange(prior: readonly string[]): string | undefined {
  let k = prior.length - 1;
  while (k >= 0 && /^(?:to|at|above|over|more|than|nearly|almost|about|around|some|at least)$/.test(prior[k] as string)) k--;
  if (k < 0 || !CHANGE_VERB.test(prior[k] as string)) return undefined;
  k--;
  while (k >= 0 && AUXILIARIES.has(prior[k] as string)) k--;
  const noun = prior[k];
  return noun && /s$/.test(noun) && isContent(noun) && !PEOPLE.has(noun) && !COUNT_NOUNS.has(noun) ? noun : undefined;
}

function eventOf(before: string[], after: string[]): string | undefined {
  const next = after.find((w) => !AUXILIARIES.has(w) && !PEOPLE.has(w) && !KNOWN_AS.test(w));
  if (next && (/(?:ed|en)$/.test(next) || DESCRIBED.test(next)) && isContent(next)) return conceptOf(IRREGULAR_PARTICIPLE[next] ?? next);
  const prev = before[before.length - 1];
  if (prev && /(?:ing|ed)$/.test(prev) && isContent(prev)) return conceptOf(prev);
  return undefined;
}

/** The counted key's prefix for a part of a group (PARTITIVE_NOUN). */
const PART_OF = 'part of ';
/**
 * "of" and a determiner after a figure, then the group's plural noun within two more words (no verb
 * between: "three of the injured were teens" counts the injured, not teens).
 */
const PARTITIVE_NOUN = /^\s+of\s+(?:the|those|these|its|their|his|her|our|all)\s+(?:(?!(?:were|was|are|is|had|have|has|been|being|be|and|or)\b)[\p{Ll}-]+\s+){0,2}?(\p{Ll}{2,}s)\b/u;

/**
 * What a figure counts, as a key two sentences compare on: the concept of the noun after it ("2,207
 * buildings", "11,000 jobs"); for people in general, the event they count ("53 people killed",
 * "killing two", "the death toll rose to 53" are one count, never compared with "injured more than
 * 70"); money by currency; a percentage as such; a rate with its period.
 */
function countedOf(before: string, tail: string, currency: string | undefined, percent: boolean, partitive: RegExpMatchArray | null): string {
  // A name or demonym between the figure and its noun qualifies it ("four French soldiers", "hundreds
  // of Irish jobs"): not what is counted, but whose, so it stays in the key ("job" and "job of irish"
  // are not one count).
  const owner = tail.match(/^(?:\s+of)?[\s-]+(\p{Lu}[\p{L}.’']*)(?=[\s-]+\p{Ll})/u)?.[1];
  const whose = owner ? ` of ${owner.toLowerCase()}` : '';
  const after = wordsOf(tail.replace(/(?<=^|[\s-])\p{Lu}[\p{L}.’']*(?=[\s-]+[\p{L}\d])/gu, '')).filter((w) => !/^\d+s?$/.test(w));
  // Within the figure's clause: nothing before the last comma, semicolon or colon counts.
  const prior = wordsOf(before.replace(/^[^]*[,;:]/, '')).slice(-HEAD_BEFORE_WORDS);
  const rate = tail.match(RATE)?.[1]?.toLowerCase();
  const per = rate ? `/${rate}` : '';
  if (currency) {
    const later = rate ? undefined : tail.match(RATE_AFTER_NOUN)?.[1]?.toLowerCase();
    return `money:${currency}${per}${later ? `/${later}` : ''}`;
  }
  const named = after[0] ? CURRENCY_WORDS[after[0]] ?? (after[0] === 'of' && after[1] ? CURRENCY_WORDS[after[1]] : undefined) : undefined;
  if (named) {
    // The period may follow the currency word: "40 dollars per hour".
    const period = tail.replace(/^(?:\s+of)?[\s-]+\p{L}+/u, '').match(RATE)?.[1]?.toLowerCase();
    return `money:${named}${period ? `/${period}` : per}`;
  }
  // Points of a percentage: "0.75 percentage points" and "75 basis points" are one change (the value is scaled where read).
  if (/^(?:percentage|basis)$/.test(after[0] ?? '') && /^points?$/.test(after[1] ?? '')) return 'points';
  if (percent) return `percent${per}`;
  // A span of time ("16 weeks of pay", "a 41-day strike", "six months of health cover"): time words are
  // stopwords, so they are read here, by unit.
  const unit = after.find((w) => !MODIFIERS.has(w));
  if (unit && TIME_UNIT.test(unit)) return `span:${unit.replace(/s$/, '')}`;
  // A part of a group ("ten of those cars", "eleven of the derailed cars", "six of the tank cars"):
  // a part of the group's plural noun is what is counted, not a word describing it, and not the
  // whole group ("five of the derailed cars" / "about 50 cars derailed" are two counts).
  const group = partitive?.[1];
  if (group && isContent(group)) return `${PART_OF}${conceptOf(group)}${per}`;
  // The noun right after the figure, past modifiers ("six other attacks" → attack); a function word
  // first ("rises to 53 as Lahaina lies…") means the figure names no noun of its own.
  let i = 0;
  while (i < after.length && MODIFIERS.has(after[i] as string)) i++;
  const first = after[i];
  const head = first && (isContent(first) || PEOPLE.has(first)) ? first : undefined;
  // Nothing but a name after the figure ("its 65 Max 9s on Saturday"): the name is what is counted.
  const nameOnly = !head && tail.match(/^[\s-]+(\p{Lu}[\p{L}’']*)(?:[\s-]+\d+s?)?(?![\s-]+[\p{L}\d]*\p{Lu})/u)?.[1];
  if (nameOnly && !STOPWORDS.has(nameOnly.toLowerCase())) return conceptOf(nameOnly.toLowerCase());
  const rest = after.slice(i + 1);
  // "a crew of 21", "a crowd of more than 88,000 watched": the noun the figure is "of" is what it
  // counts, as in "22 crew members", before a verb after it (nounOfFigure).
  const of = !head || DESCRIBED.test(head) ? nounOfFigure(prior) : undefined;
  if (of) return conceptOf(of);
  // "114 dead", "80 injured": the participle or adjective is the event counted ("12 feared dead": the word after the knowing).
  if (head && KNOWN_AS.test(head) && rest[0] && DESCRIBED.test(rest[0])) return conceptOf(IRREGULAR_PARTICIPLE[rest[0]] ?? rest[0]);
  if (head && DESCRIBED.test(head)) return conceptOf(IRREGULAR_PARTICIPLE[head] ?? head);
  if (head && !PEOPLE.has(head) && !AUXILIARIES.has(head) && !/(?:ed|ing)$/.test(head)) return `${conceptOf(head)}${whose}${per}`;
  // People, or no noun: the event says what is counted.
  const event = eventOf(prior, head ? rest : after);
  if (event) return event;
  // "the death toll rose to 53", "the number of people killed climbed to 89": the count's own noun, and what stands beside it.
  const at = prior.findIndex((w) => COUNT_NOUNS.has(w));
  if (at >= 0 && prior[at + 1] === 'of' && PEOPLE.has(prior[at + 2] ?? '')) {
    const ev = eventOf([], prior.slice(at + 3));
    if (ev) return ev;
  }
  if (at >= 0) {
    const beside = at > 0 && isContent(prior[at - 1] as string) ? prior[at - 1] : prior.slice(at + 1).find((w) => isContent(w) && !PEOPLE.has(w) && w !== 'of');
    if (beside && !CHANGE_VERB.test(beside)) return conceptOf(IRREGULAR_PARTICIPLE[beside] ?? beside);
    if ((!beside || CHANGE_VERB.test(beside)) && prior[at] === BARE_TOLL && !head) return conceptOf('death');
  }
  // "German flood deaths rise to 143": the subject of a verb of change right before the figure.
  if (!head) {
    const subject = subjectOfChange(prior);
    if (subject) return conceptOf(IRREGULAR_PARTICIPLE[subject] ?? subject);
  }
  return head && PEOPLE.has(head) ? 'people' : 'unknown';
}

/**
 * Half the unit of a figure's last written digit, at its scale: "$27.7bn" stands for 27.65–27.75
 * billion, "27,710 million" for 27,709.5–27,710.5 million, "8.6%" for 8.55–8.65. Two figures are
 * then compatible when one is the other rounded. Whole numbers without a scale word ("11,000", "53")
 * are read as exact: a count is written to the unit.
 */
function roundingOf(numeral: string, scale: number): number {
  const digits = withDecimalPoint(numeral.replace(/^\D+/, '')).replace(/,/g, '');
  const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
  if (decimals === 0 && scale === 1) return 0;
  return (0.5 * scale) / 10 ** decimals;
}

/**
 * The unit of a numeral's last significant digit, scaled: "87,000" 1,000, "14,800" 100, "4.5" 0.1,
 * "3.2 million" 100,000. An approximate figure reaches no further than this either way (interval).
 */
function lastDigitUnit(numeral: string, scale: number): number {
  const digits = withDecimalPoint(numeral.replace(/^\D+/, '')).replace(/,/g, '');
  if (digits.includes('.')) return scale / 10 ** (digits.split('.')[1] ?? '').length;
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return scale * 10 ** zeros;
}

/**
 * How far either way an approximate figure reaches, as a share of it. At 0.1, "about 30,000 vehicles"
 * and "nearly 35,000" could both be true; at 0.05, with "nearly" read below the figure, the gold's
 * contradictions shown as contradictions went 170 → 173 of 700 on the tuned stories, no false alarm
 * added, nothing else changed (tests/corpus/TUNING.md). It is capped at one unit of the figure's last
 * written digit (lastDigitUnit): "about 14,800 feet" and "16,300 feet" cannot both be true, while "some
 * 1,300 diamonds" still meets "1,354" (half a unit did not: two false alarms, session 33).
 */
const ABOUT_SPAN = 0.05;
const BELOW = /^(?:nearly|almost|close to)$/i;
const ABOVE = /^just over$/i;
/**
 * How far "nearly N" reaches below N (and "just over N" above it): ABOUT_SPAN of N, or half a unit of
 * its last written digit when that is more, as far as NEAR_MAX_SHARE of N. A writer rounding 1.68 up
 * writes "nearly 2 percent", and 9 hours "nearly 10 hours"; "nearly 100" is no 70, and "nearly
 * 35,000" stays 33,250 to 35,000.
 */
const NEAR_MAX_SHARE = 0.2;
const nearReach = (v: number, unit: number): number => Math.max(v * ABOUT_SPAN, Math.min(unit / 2, v * NEAR_MAX_SHARE));

function interval(value: number | null, qualifier: Qualifier, vague: string | undefined, rounding = 0, word = '', unit = 0): { min: number; max: number | null } {
  if (vague) return VAGUE_AMOUNTS[vague.toLowerCase().replace(/\s+/g, ' ')] ?? { min: 0, max: null };
  const v = value ?? 0;
  if (qualifier === 'exact' && rounding > 0) return { min: v - rounding, max: v + rounding };
  switch (qualifier) {
    case 'more-than': return { min: v + 1e-9, max: null };
    case 'at-least': return { min: v, max: null };
    case 'up-to': return { min: 0, max: v };
    case 'less-than': return { min: 0, max: v };
    // "about 70" is within ABOUT_SPAN either way; "nearly 35,000" and "almost 3 million" are below the
    // figure, "just over" above it.
    case 'about':
      if (BELOW.test(word)) return { min: v - nearReach(v, unit), max: v };
      if (ABOVE.test(word)) return { min: v, max: v + nearReach(v, unit) };
      {
        // No further than the figure's last written digit ("about 14,800 feet" is 14,700 to 14,900):
        // a writer who rounds writes fewer digits.
        const reach = unit > 0 ? Math.min(v * ABOUT_SPAN, unit) : v * ABOUT_SPAN;
        return { min: v - reach, max: v + reach };
      }
    default: return { min: v, max: v };
  }
}

/** Words that end the noun a figure counts: "more than 75 others| were injured", "four French soldiers| in". */
const NOUN_STOP = /^(?:were|was|are|is|have|has|had|been|being|will|would|injured|wounded|killed|died|in|at|on|for|to|from|by|with|and|or|but|who|that|which|among|including|the|a|an)$/i;

/** The counted noun after a figure, without the verb or preposition that follows it, for people to read ("others", "French soldiers"). */
function nounAfter(words: string): string {
  const parts = words.split(/(?=[\s-]+)/u);
  let out = '';
  for (const p of parts) {
    const w = p.replace(/^[\s-]+/, '').replace(/[.,;:]+$/, '');
    if (NOUN_STOP.test(w) && !/^\s*of$/i.test(p)) break;
    out += p;
  }
  return out;
}

/** A figure and its interval in a base unit `size` times its own, widened by `slack` of each bound (a rounded figure). */
function inBaseUnit(value: number | null, min: number, max: number | null, size: number, slack: (bound: number) => number): { value: number | null; min: number; max: number | null } {
  const low = min * size;
  const high = max === null ? null : max * size;
  return { value: value === null ? null : value * size, min: low - slack(low), max: high === null ? null : high + slack(high) };
}

/** What a temperature counts, in Celsius; and a temperature whose scale the text does not say. */
export const TEMPERATURE = 'measure:temperature';
export const DEGREES_NO_SCALE = 'measure:degrees';
/** A difference of temperatures, in Celsius degrees (lib/claims/measures.ts isTemperatureChange). */
export const TEMPERATURE_CHANGE = 'measure:temperature-change';
/**
 * A span told as a gain or loss of time ("the operation was two hours quicker", "three minutes faster
 * than anyone"): a difference between two times, its own key, never set against a time itself ("nine
 * hours"), as a temperature change is not a temperature.
 */
export const TIME_CHANGE = 'measure:time-change';
const FASTER_AFTER = /^[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:quicker|faster|sooner|slower|longer|shorter)\b/i;

/**
 * Every count or amount in a sentence, with what it counts. Years (1989, 2020), dates' days and
 * spans already claimed as dates (pass them in `given`) are not counts, nor a game's score (SCORE).
 * `pointDecimals`: the article groups thousands with commas, so a point followed by three digits is
 * a decimal point ("4.531 km"), not Europe's thousands (DOT_THOUSANDS).
 */
export function findQuantities(text: string, given: readonly { start: number; end: number }[] = [], designated: ReadonlySet<string> = NO_DESIGNATIONS, pointDecimals = false): Quantity[] {
  const out: Quantity[] = [];
  const scores = scoreSpans(text);
  const skip = scores.length > 0 ? [...given, ...scores] : given;
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const numText = g.num ?? '';
    const numStart = start + m[0].indexOf(numText, g.qual ? g.qual.length : 0);
    const numEnd = numStart + numText.length;
    if (skip.some((s) => numStart < s.end && numEnd > s.start)) continue;
    // A number that is part of a name ("Flight 1282", "Boeing 737") counts nothing.
    // So does one the article writes as part of a name elsewhere ("its 737 Max 9 jets" after "Boeing 737").
    if (!g.qual && !g.scale && !g.pct && (designationOf(text, numStart, numText) || designated.has(numText))) continue;
    const afterNumber = start + m[0].length;
    const tail = text.slice(afterNumber).match(TAIL)?.[0] ?? '';
    const currency = CURRENCY_SIGNS.find(([re]) => re.test(numText))?.[1];
    // A person's age: a key of its own, exact in years (AGE).
    if (!g.qual && !g.scale && !g.pct && !g.vague && !currency && /^\d{1,3}$/.test(numText) && Number(numText) > 0 && Number(numText) <= MAX_AGE && isAge(text, start, numEnd)) {
      const years = Number(numText);
      const ageEnd = numEnd + (AGE_AFTER.exec(text.slice(numEnd))?.[0].length ?? 0);
      out.push({ text: text.slice(start, ageEnd), figure: text.slice(start, numEnd), start, end: numEnd, value: years, qualifier: 'exact', min: years, max: years, counted: AGE });
      continue;
    }
    // "for 20 months after the crashes": a span that began then (DURATION_FOR), not a gap.
    if (NOT_A_COUNT_AFTER.test(tail) && !DURATION_FOR.test(text.slice(Math.max(0, start - 6), start))) continue;
    // Either half of a clock time written with a colon ("since the 18:34 hours", "at 9:05"): a time, not a count.
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, numStart - 3), numStart)) || CLOCK_AFTER.test(text.slice(numEnd, numEnd + 3))) continue;
    // "10.000 persons": ten thousand (DOT_THOUSANDS), read and rounded as "10,000" is.
    const bare = numText.replace(/^\D+/, '');
    const written = INDIAN_GROUPING.test(bare) ? numText.replace(/,(?=\d{2},)/g, '') : !pointDecimals && !g.scale && !g.pct && DOT_THOUSANDS.test(numText) ? numText.replace(/\./g, ',') : numText;
    let value: number | null = null;
    if (g.vague) value = null;
    else if (g.words) value = parseNumberWords(g.words);
    else value = Number(withDecimalPoint(written.replace(/^\D+/, '')).replace(/,/g, ''));
    if (!g.vague && value === null) continue;
    // A bare four-digit number from 1900–2099 without qualifier is a year, not a count.
    if (!g.vague && !g.words && !g.scale && !g.pct && /^\d{4}$/.test(numText) && value !== null && value >= 1900 && value <= 2099) continue;
    // "one" is a pronoun far more often than a count ("one of the", "the one").
    if (g.words && /^one$/i.test(g.words)) continue;
    // "4m-high": metres, not millions (METRES_AFTER); read as a glued unit.
    if (g.scale?.toLowerCase() === 'm' && !currency && METRES_AFTER.test(text.slice(afterNumber))) {
      g.glued = 'm';
      delete g.scale;
    }
    if (g.scale && value !== null) value *= scaleValue(g.scale);
    // 75 basis points are 0.75 percentage points: both are kept in percentage points.
    const basisPoints = /^\s+basis\s+points?/i.test(tail);
    if (value !== null && basisPoints) value /= 100;
    // A qualifier after the figure and its noun ("40 feet or so", "100 people or more"), where none stands before it.
    const post = g.qual || g.vague ? null : QUALIFIER_AFTER.exec(text.slice(afterNumber, afterNumber + QUALIFIER_AFTER_REACH));
    const qualifier = g.vague ? 'vague' : post ? (POSTFIX_QUALIFIERS[(post[1] ?? '').toLowerCase()] ?? 'exact') : qualifierOf(g.qual);
    const scale = g.scale ? scaleValue(g.scale) : 1;
    const { min, max } = interval(value, qualifier, g.vague, g.words || g.vague ? 0 : roundingOf(written, scale) / (basisPoints ? 100 : 1), (g.qual ?? '').toLowerCase().replace(/\s+/g, ' '), qualifier !== 'about' || g.words ? 0 : lastDigitUnit(written, scale) / (basisPoints ? 100 : 1));
    // Digits written after the decimal point: a magnitude and a temperature are read as rounded to them.
    const decimals = /\.(\d+)/.exec(numText)?.[1]?.length ?? 0;
    // A temperature is kept in Celsius and read as rounded to its last written digit ("100 degrees" is
    // 99.5–100.5 °F): "17.01 degrees Celsius (62.62 degrees Fahrenheit)" is one figure, and 17.01 and
    // 17.18 two. Without a scale ("topping 100 degrees", "above the 38 degrees") it is its own key,
    // compared in detail only (lib/compare/numbers.ts): which scale an outlet writes is a guess.
    // An earthquake's magnitude ("magnitude 6.8", "a 7.0-magnitude quake", "of magnitude 7"): its own
    // key, read as rounded to its written digits, so that 6.8 and 7.0 differ and 6.8 and "7" may be one.
    if (!currency && !g.pct && !g.vague && !g.scale && !g.glued && value !== null && (MAGNITUDE_BEFORE.test(text.slice(Math.max(0, numStart - 16), numStart)) || MAGNITUDE_AFTER.test(text.slice(afterNumber, afterNumber + 20)))) {
      const r = interval(value, qualifier, undefined, 0.5 / 10 ** decimals);
      out.push({ text: text.slice(start, afterNumber), figure: text.slice(start, afterNumber), start, end: afterNumber, value, qualifier, min: r.min, max: r.max, counted: MAGNITUDE });
      continue;
    }
    const thermo = currency || g.pct || g.vague || value === null ? undefined : temperatureScale(text.slice(afterNumber), g.glued);
    if (thermo !== undefined && value !== null) {
      const t = interval(value, qualifier, undefined, g.words ? 0.5 : 0.5 / 10 ** decimals);
      const unitEnd = afterNumber + thermo.unit;
      // A difference of temperatures ("0.53 degrees above the average") is scaled, not shifted, and is its own key.
      const change = isTemperatureChange(text.slice(Math.max(0, start - 30), start), text.slice(unitEnd));
      const c = (x: number) => (thermo.scale !== 'F' ? x : change ? (x * 5) / 9 : fahrenheitToCelsius(x));
      out.push({
        text: text.slice(start, unitEnd),
        figure: text.slice(start, afterNumber),
        start,
        end: afterNumber,
        value: c(value),
        qualifier,
        min: c(t.min),
        max: t.max === null ? null : c(t.max),
        counted: change ? TEMPERATURE_CHANGE : thermo.scale === null ? DEGREES_NO_SCALE : TEMPERATURE,
      });
      continue;
    }
    const figureEnd = afterNumber;
    const prior = FROM_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    const measure = currency || g.pct ? undefined : unitOf(g.glued, tail, text, text.slice(numEnd));
    // A part of a group ("Eleven of the derailed cars"): what is counted, and shown with its group.
    const partitive = tail.match(PARTITIVE_NOUN);
    const counted = measure ? `measure:${measure[0]}` + (prior ? PRIOR : '') : countedOf(text.slice(Math.max(0, start - 160), start), tail, currency, Boolean(g.pct), partitive) + (prior ? PRIOR : '');
    // A span of time is kept in days, so that "six weeks" meets "41 days"; a unit longer than a day is
    // read as rounded to half of it ("six weeks" is 38.5–45.5 days, "40 years" any day of the 40th).
    const span = counted.startsWith('span:') ? SPAN_DAYS[counted.slice(5)] : undefined;
    // A measure is kept in its dimension's base unit, read as rounded by MEASURE_ROUNDING when exact.
    const inBase = measure !== undefined && value !== null
      ? inBaseUnit(value, min, max, measure[1], qualifier === 'exact' ? (x) => x * MEASURE_ROUNDING : () => 0)
      : span !== undefined ? inBaseUnit(value, min, max, span, span > 1 && qualifier === 'exact' ? () => span / 2 : () => 0) : null;
    const tailWords = partitive?.[0] ?? nounAfter(tail.match(/^(?:(?:\s+of)?(?:[\s-]+[\p{L}’'.]+){0,3})/u)?.[0] ?? '');
    const q: Quantity = {
      text: text.slice(start, figureEnd) + tailWords.replace(/[.,;:]+$/, ''),
      figure: text.slice(start, figureEnd),
      start,
      end: figureEnd,
      value: inBase ? inBase.value : value,
      qualifier,
      min: inBase ? inBase.min : min,
      max: inBase ? inBase.max : max,
      // "two hours quicker": how much one time beat another, not a time (TIME_CHANGE).
      counted: span !== undefined ? (FASTER_AFTER.test(text.slice(numEnd, numEnd + 30)) ? TIME_CHANGE : 'span') : counted,
    };
    // A toll that reached a mark is at least that many ("the toll reached 180" holds beside "the death
    // toll tops 180": it goes on rising). A measure or record that reached a value is exact ("the
    // average reached 17.01 degrees" and "reached 17.18 degrees" are two records).
    out.push(qualifier === 'exact' && value !== null && REACHED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && isEventCount(q) ? { ...q, qualifier: 'at-least', min: value, max: null } : q);
  }
  return withOrdinals(text, skip, withHalvesAndArticles(text, withCompoundDurations(text, withElapsedTimes(text, skip, out))));
}

/** Ordinal words from "second" on: "first" is left out ("for the first time in years", "the first to …" are superlatives far more often than a place in a count). */
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
/**
 * A place in a count, after a determiner and before its noun: "the 19th woman to win", "only his third
 * marathon", "its second bankruptcy". The determiner keeps dates out ("March 19th"); the noun must be
 * one ("the second largest" is a superlative, "the 19th of July" a day).
 */
const ORDINAL = new RegExp(`\\b(?:the|his|her|its|their|only|just|a)\\s+((\\d{1,3})(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})\\s+(\\p{Ll}{3,})(?:\\s+(\\p{Ll}{3,}))?`, 'giu');
/** A cheap test before ORDINAL: most sentences hold no ordinal at all. */
const MAY_HOLD_AN_ORDINAL = new RegExp(`\\d(?:st|nd|rd|th)\\b|\\b(?:${Object.keys(ORDINAL_WORDS).join('|')})\\b`, 'i');
/**
 * Words of a run between an ordinal and its noun ("its fifth consecutive increase"): the noun is the
 * word after, and the key says it counts a run ("the third increase this year" and "the fifth
 * consecutive increase" can both be true).
 */
const IN_A_ROW = /^(?:consecutive|straight|successive)$/;
/** Nouns after an ordinal that name a part of a whole, not a count of events ("the second half", "the third quarter"). */
const ORDINAL_PARTS = new Set('half quarter period set leg innings floor hand row line page paragraph'.split(' '));
/** The key of a place in a count of a noun ("ordinal:woman"): compared only with another place in a count of that noun. */
const ORDINAL_KEY = 'ordinal:';

/** Places in a count ("the 19th woman", "his third marathon") added to a sentence's figures, outside `skip`. */
function withOrdinals(text: string, skip: readonly { start: number; end: number }[], out: Quantity[]): Quantity[] {
  if (!MAY_HOLD_AN_ORDINAL.test(text)) return out;
  const added: Quantity[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const word = m[1] ?? '';
    const first = (m[3] ?? '').toLowerCase();
    const run = IN_A_ROW.test(first);
    const noun = run ? (m[4] ?? '').toLowerCase() : first;
    const value = m[2] ? Number(m[2]) : ORDINAL_WORDS[word.toLowerCase()];
    if (value === undefined || !isContent(noun) || noun.endsWith('est') || ORDINAL_PARTS.has(noun) || TIME_UNIT.test(noun)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(word);
    const end = start + word.length;
    if (skip.some((x) => start < x.end && end > x.start) || out.some((q) => start < q.end && end > q.start)) continue;
    added.push({ text: run ? `${word} ${m[3]} ${m[4]}` : `${word} ${m[3]}`, figure: word, start, end, value, qualifier: 'exact', min: value, max: value, counted: `${ORDINAL_KEY}${conceptOf(noun)}${run ? '@row' : ''}` });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}

/** Days in each unit a duration may be told in with "a" or "and a half" (SPAN_DAYS, and a century). */
const HALF_UNIT_DAYS: Record<string, number> = { ...SPAN_DAYS, century: 36_525 };
/**
 * A duration told with "a half" or "a" instead of digits: "four and a half minutes", "half a minute",
 * "a day and a half", and with a qualifier "nearly a decade", "more than a year". "a week" alone is
 * left unread: without a qualifier the article is as often no figure ("a week of talks").
 * Not before "after", "ago" and the like: that is a gap (durations.ts), as with figures.
 */
const HALF_DURATION = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<qual>${QUALIFIER_SOURCE})\\s+)?(?:(?<whole>\\d+|${NUMBER_WORDS_SOURCE}|an?)\\s+and\\s+a\\s+half\\s+(?<unitA>${Object.keys(HALF_UNIT_DAYS).join('|')})s?|half\\s+an?\\s+(?<unitB>${Object.keys(HALF_UNIT_DAYS).join('|')})|an?\\s+(?<unitC>${Object.keys(HALF_UNIT_DAYS).join('|')})(?<andHalf>\\s+and\\s+a\\s+half)?)(?![\\p{L}])(?![\\s-]+(?:after|before|later|earlier|ago|since|into|old)\\b)`,
  'giu',
);

const HALF_UNIT_WORD = new RegExp(`\\b(?:${Object.keys(HALF_UNIT_DAYS).join('|')})`, 'i');

function withHalvesAndArticles(text: string, found: Quantity[]): Quantity[] {
  // Almost every sentence has an "a": the long pattern runs only where a unit of time is written.
  if (!HALF_UNIT_WORD.test(text)) return found;
  let out = found;
  for (const m of text.matchAll(HALF_DURATION)) {
    const g = m.groups ?? {};
    const unitWord = (g.unitA ?? g.unitB ?? g.unitC ?? '').toLowerCase();
    const days = HALF_UNIT_DAYS[unitWord];
    if (days === undefined) continue;
    // "a year" with no qualifier and no half is no figure (see HALF_DURATION).
    if (g.unitC && !g.andHalf && !g.qual) continue;
    const whole = g.whole === undefined ? undefined : /^an?$/i.test(g.whole) ? 1 : /^\d+$/.test(g.whole) ? Number(g.whole) : parseNumberWords(g.whole);
    if (whole === null) continue;
    const units = g.unitB ? 0.5 : g.unitC ? (g.andHalf ? 1.5 : 1) : (whole as number) + 0.5;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A figure read inside it ("nearly four" of "nearly four and a half minutes") was half the figure.
    if (out.some((q) => q.start < start && q.end > start)) continue;
    const qualifier = qualifierOf(g.qual);
    const { min, max } = interval(units, qualifier, undefined, 0, (g.qual ?? '').toLowerCase().replace(/\s+/g, ' '));
    const figure = m[0];
    out = replacing(out, { text: figure, figure, start, end, value: units * days, qualifier, min: min * days, max: max === null ? null : max * days, counted: 'span' }, (q) => q.start >= start && q.start < end);
  }
  return out;
}

/** `found` with `figure` in place of the figures it `covers`, in text order (the readers of figures the main pattern splits). */
function replacing(found: readonly Quantity[], figure: Quantity, covers: (q: Quantity) => boolean): Quantity[] {
  return found.filter((q) => !covers(q)).concat(figure).sort((a, b) => a.start - b.start);
}

/**
 * A time taken, in hours, minutes and seconds: "in 2:04:02", "reached halfway in 1:00:48", "with
 * 2h04:02", "2h04'02". Three groups, the last two under 60: a clock is told to the minute ("at
 * 9:30"), and a clock with seconds follows "at", "since", "until" or "by", or names its zone or half
 * of the day. A span of time (in days, as findQuantities keeps spans), exact to the second.
 */
const ELAPSED = /(?<![\d:.,])(\d{1,2})(?::|h\s?)([0-5]\d)[:'’]([0-5]\d)(?![\d:])/g;
const CLOCK_CONTEXT_BEFORE = /\b(?:at|since|until|till|by|from|to)\s+(?:about\s+|around\s+)?$/i;
const CLOCK_CONTEXT_AFTER = /^\s*(?:[ap]m\b|[ap]\.m\.|local\b|o['’]clock|hours?\b)/i;
/** A time zone's abbreviation after a clock ("GMT", "UTC", "EDT"), in capitals. */
const ZONE_AFTER = /^\s*(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b/;

function withElapsedTimes(text: string, skip: readonly { start: number; end: number }[], found: Quantity[]): Quantity[] {
  if (!/\d(?::|h\s?)[0-5]\d[:'’][0-5]\d/.test(text)) return found;
  let out = found;
  for (const m of text.matchAll(ELAPSED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (CLOCK_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || CLOCK_CONTEXT_AFTER.test(text.slice(end, end + 12)) || ZONE_AFTER.test(text.slice(end, end + 8))) continue;
    if (skip.some((s) => start < s.end && end > s.start)) continue;
    const value = (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) / 86_400;
    out = replacing(out, { text: m[0], figure: m[0], start, end, value, qualifier: 'exact', min: value, max: value, counted: 'span' }, (q) => q.start < end && q.end > start);
  }
  return out;
}

/** Seconds in each unit of a compound duration ("one minute and 37 seconds", "two hours and 15 minutes"). */
const UNIT_SECONDS: Record<string, number> = { hour: 3600, hours: 3600, minute: 60, minutes: 60, second: 1, seconds: 1 };
const COMPOUND_DURATION = new RegExp(`(?<![\\p{L}\\d])(?<big>\\d+|${NUMBER_WORDS_SOURCE}|an?)\\s+(?<bigUnit>hours?|minutes?),?\\s+(?:and\\s+)?(?<small>\\d+|${NUMBER_WORDS_SOURCE})\\s+(?<smallUnit>minutes?|seconds?)(?![\\p{L}])`, 'giu');

/**
 * A duration told in two units is one figure in the smaller unit: "one minute and 37 seconds" is 97
 * seconds, as another outlet writes it, and the 37 alone against that 97 was a contradiction.
 */
function withCompoundDurations(text: string, found: Quantity[]): Quantity[] {
  if (!/\b(?:hours?|minutes?)\b/i.test(text)) return found;
  let out = found;
  for (const m of text.matchAll(COMPOUND_DURATION)) {
    const g = m.groups ?? {};
    const big = /^an?$/i.test(g.big ?? '') ? 1 : /^\d+$/.test(g.big ?? '') ? Number(g.big) : parseNumberWords(g.big ?? '');
    const small = /^\d+$/.test(g.small ?? '') ? Number(g.small) : parseNumberWords(g.small ?? '');
    const bigUnit = UNIT_SECONDS[(g.bigUnit ?? '').toLowerCase()] ?? 0;
    const smallUnit = UNIT_SECONDS[(g.smallUnit ?? '').toLowerCase()] ?? 0;
    if (big === null || small === null || bigUnit <= smallUnit || smallUnit === 0) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const smallAt = start + m[0].lastIndexOf(g.small ?? '');
    const part = out.find((q) => q.start === smallAt);
    if (!part) continue;
    // Spans are kept in days (findQuantities).
    const value = (big * bigUnit + small * smallUnit) / 86_400;
    // A qualifier before the larger unit ("up to 4 minutes 26 seconds") was read with it as a figure
    // of its own: it qualifies the whole duration, its interval scaled to it.
    const lead = out.find((q) => q !== part && q.start < start && q.end > start && q.end <= end && q.value);
    const from = lead ?? part;
    const k = from.value ? value / from.value : 1;
    const merged: Quantity = lead
      ? { ...part, text: text.slice(lead.start, end), figure: text.slice(lead.start, end), start: lead.start, end, value, qualifier: lead.qualifier, min: lead.min * k, max: lead.max === null ? null : lead.max * k }
      : { ...part, text: m[0], figure: m[0], start, end, value, min: value, max: value, qualifier: part.qualifier === 'exact' ? 'exact' : part.qualifier };
    out = replacing(out, merged, (q) => q === part || q === lead || (q.start >= start && q.end <= end));
  }
  return out;
}
