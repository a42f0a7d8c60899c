import type { Claim } from '../claims/schema';
import { oncePer } from '../memo';
import { designationOf } from '../claims/designations';
import { namesApart, participants } from '../claims/names-apart';
import { AGE, DAYS_IN, DEGREES_NO_SCALE, isEventCount, isGroupCount, MAGNITUDE, TEMPERATURE, withDecimalPoint } from '../claims/quantities';
import { MEASURE_ROUNDING } from '../claims/measures';
import { NONE, type Difference } from './difference';
import { sameAgeOwner } from './age-owner';
import { sessionsApart } from './trading-session';
import { dimensionOf, type Dimension } from './dimensions';
import { figureContext, namedPartApart, perUnitApart, recalledApart, scopeOf, sharedContext, statesAround, subtypeApart, type FigureScope } from './figure-context';

/** Keys that say what kind of figure, not what it is a figure of: such figures must also share their context (figure-context.ts). An earthquake's magnitude says what it is of. */
const GENERIC = new RegExp(`^(?:percent|points|money:|people$|span$|measure:(?!${MAGNITUDE.slice('measure:'.length)}$))`);
/**
 * How many context concepts two figures of a GENERIC key must share to contradict (one suffices to
 * compare them): a percentage or a sum is a figure of whatever its neighbours say, and one shared word
 * ("revenue fell 13%" / "forecast revenue … more than 50 percent above") is too little to say two
 * outlets gave one figure differently. Tuned stories: 1 → 2 removed 10 of 35 false alarms and showed
 * 3 of the gold's 48 found number contradictions as details; 3 removed 7 more and softened 3 more.
 */
const GENERIC_CONFLICT_SHARED = 2;
/**
 * The same for two spans of time: one shared word ("the licence … for 10 years" / "rights … over the
 * next 15 years"; "41-day strike" / "the strike … 40 days"). A span is how long the fact lasted, and
 * two sentences already linked as one fact rarely hold two. Tuned stories: 2 → 1 showed 4 more of the
 * gold's contradictions (205 → 209 of 875), one false alarm more, then mended by spanGap below.
 */
const SPAN_CONFLICT_SHARED = 1;
/** A span that places something ("two minutes from the end", "three days after the vote", "a week ago"): a gap, not a duration. */
const GAP_AFTER = /^[\s-]*(?:from\s+the\s+(?:end|start)|before|after|earlier|later|ago|into|left|remaining|to\s+go)\b/i;
/**
 * A count of a group within the whole ("the last four boys") beside a count that is not one ("all 12
 * boys", "four boys were brought out"): two counts. Money, shares, measures and spans of time are left
 * to the other rules: "the final 19 minutes of its descent" is the span itself, as "17 minutes of terror".
 */
const groupApart = (hereText: string, a: Quantity, thereText: string, b: Quantity): boolean =>
  family(a.counted) === 'count' && family(b.counted) === 'count' && a.counted !== 'span' && b.counted !== 'span' && isGroupCount(hereText, a) !== isGroupCount(thereText, b);
const spanGap = (text: string, q: Quantity): boolean => q.counted === 'span' && GAP_AFTER.test(text.slice(q.start + q.text.length));
/**
 * The units a span is written in, in order ("2 hours and 35 seconds": hour, second). Spans are exact
 * against each other only in the same units: "two-hour" beside "2 hours and 35 seconds" is one time
 * at two precisions, "21-month" beside "22-month" two times.
 */
const spanUnit = (q: Quantity) => (q.text.match(/(second|minute|hour|day|week|fortnight|month|year|decade)/gi) ?? []).map((u) => u.toLowerCase()).join(',');

/**
 * Keys of a figure that names nothing it counts: a bare figure ("watched by a crowd of 88,966",
 * "more than nine to 14 cans": 'unknown') or people in general whose event was not read ("more than 80
 * people, most of them civilians, were wounded": 'people'). Such a figure is compared with a count of
 * another key when their contexts share a word (VAGUE_KEY_MIN_SHARED), and only ever as a detail:
 * which count it is, is read from its neighbours, not stated.
 */
const VAGUE_KEYS = new Set(['unknown', 'people']);
/**
 * How many context concepts a figure of a vague key must share with a count of another key to be read
 * as the same count. One: the figures are already in two sentences linked as one fact, and their
 * clauses name the thing counted once at most ("watched by a crowd of 88,966" / "A crowd of more than
 * 88,000 watched" share "crowd" and "watch").
 */
const VAGUE_KEY_MIN_SHARED = 1;

type Quantity = Claim['quantities'][number];

/**
 * A share written as a fraction: "about a third of their value", "a quarter of the fire zone", "two
 * thirds of the staff", "cut in half", "halved". English grammar of fractions, read here as the
 * percentage it is, so that "lost about a third of their value" and "lost 34 percent of their value"
 * are compared. Only a fraction of something ("of the", "of their"), not of a unit ("three-quarters of
 * a point" is an amount of points, not a share); "more than half of Spain's electricity"; a change by
 * a fraction ("rose by a quarter"); a figure doubled or tripled, as the percentage it rose by ("more
 * than doubled this year" / "gained 109% this year").
 */
const FRACTION = /(?<![\p{L}\d])(?:(?<qual>about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|just\s+over|just\s+under)\s+)?(?:(?<num>a|one|two|three|four)[\s-](?<den>half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?=\s+of\s+(?!a\b|an\b)\p{L})|(?<bare>half)(?=\s+of\s+(?!a\b|an\b)\p{L})|(?<=\bby\s+)(?<byNum>a|one)\s+(?<byDen>half|third|quarter|fifth|tenth)|(?<times>doubled|tripled|quadrupled)|(?<in>in\s+half|halved))(?![\p{L}])/giu;
/** A figure multiplied, as the percentage it rose by: "doubled" is up 100%, "tripled" 200%. */
const TIMES: Record<string, number> = { doubled: 100, tripled: 200, quadrupled: 300 };
const NUMERATOR: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const DENOMINATOR: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const FRACTION_QUALIFIER: Record<string, Quantity['qualifier']> = { 'more than': 'more-than', over: 'more-than', 'just over': 'about', 'less than': 'less-than', under: 'less-than', 'just under': 'about' };
/** Qualifiers that put a fraction below itself ("nearly half", "almost a third"). */
const FRACTION_BELOW = /^(?:nearly|almost)$/i;
/** How loosely a fraction states a share: "a third" of a value is said of 30–37%, a tenth either way (as "about"). */
const FRACTION_SPREAD = 0.1;

/** Fractions of a sentence, as percentages; none where the sentence already states a percentage at that place. */
const fractionsOf = oncePer((c: Claim): Quantity[] => {
  const out: Quantity[] = [];
  for (const m of c.text.matchAll(FRACTION)) {
    const g = m.groups ?? {};
    const value = g.in || g.bare ? 50 : g.times ? (TIMES[g.times.toLowerCase()] ?? 100) : (100 * (NUMERATOR[(g.num ?? g.byNum ?? '').toLowerCase()] ?? 1)) / (DENOMINATOR[(g.den ?? g.byDen ?? '').toLowerCase()] ?? 1);
    const qualifier = FRACTION_QUALIFIER[(g.qual ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'about';
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (c.quantities.some((q) => q.start < end && start < q.end)) continue;
    const min = qualifier === 'more-than' ? value : qualifier === 'less-than' ? 0 : value * (1 - FRACTION_SPREAD);
    // "nearly half", "almost a third": below the fraction, as "nearly" is below a figure (lib/claims/quantities.ts).
    const below = FRACTION_BELOW.test(g.qual ?? '');
    const max = qualifier === 'more-than' ? null : qualifier === 'less-than' || below ? value : value * (1 + FRACTION_SPREAD);
    out.push({ text: m[0], figure: m[0], start, end, value, qualifier, min, max, counted: 'percent' });
  }
  return out;
});
const FRACTIONS = new WeakSet<Quantity>();
/** A cheap test before any fraction is read: most sentences name none. */
const FRACTION_WORD = /\b(?:half|halves|halved|thirds?|quarters?|fifths?|tenths?|doubled|tripled|quadrupled)\b/i;
/** A claim's figures with its fractions read as percentages (those marked in FRACTIONS). */
const figuresOf = oncePer((c: Claim): readonly Quantity[] => {
  const f = fractionsOf(c);
  const own = c.quantities.some((q) => RATE_KEY.test(q.counted)) ? c.quantities.map(perDay) : c.quantities;
  if (f.length === 0) return own;
  for (const q of f) FRACTIONS.add(q);
  return [...own, ...f].sort((a, b) => a.start - b.start);
});

/** A rate's key over a period other than a day ("money:usd/hour"). */
const RATE_KEY = new RegExp(`/(${Object.keys(DAYS_IN).filter((p) => p !== 'day').join('|')})$`);
/**
 * A rate compared per day (DAYS_IN): "$400 million of goods an hour" is "$9.6 billion of goods a day".
 * Converted, an exact figure is read as rounded as a converted measure is (MEASURE_ROUNDING).
 */
function perDay(q: Quantity): Quantity {
  const period = RATE_KEY.exec(q.counted)?.[1];
  if (!period || q.value === null) return q;
  const k = 1 / (DAYS_IN[period] as number);
  const slack = q.qualifier === 'exact' ? MEASURE_ROUNDING : 0;
  return { ...q, counted: q.counted.replace(RATE_KEY, '/day'), value: q.value * k, min: q.min * k * (1 - slack), max: q.max === null ? null : q.max * k * (1 + slack) };
}

/**
 * The first name a sentence gives that is not a state nor only who says it: most often who it is about
 * ("Mbappe, 23, took the Golden Boot…"). "Prime Minister Jane Roe said about 15 gigawatts…" is about
 * the gigawatts, not Jane Roe: a speaker tells a figure, and two speakers' figures of one thing that
 * cannot both be true are the contradiction a reader came for.
 */
const firstName = (c: Claim): string | undefined => participants(c)[0];
/**
 * Two sentences about two different people or bodies first: "Mbappe … with eight goals, one more than
 * Messi" and "Messi, author of seven goals" each give their own subject's figure, so two figures that
 * cannot both be true are a detail at most (as with namesApart).
 */
function subjectsApart(here: Claim, there: Claim): boolean {
  const a = firstName(here);
  const b = firstName(there);
  return a !== undefined && b !== undefined && a !== b;
}

/** The numbers a claim writes inside a name ("Boeing 737", "Flight 1282": lib/claims/designations.ts). */
const namedNumbersOf = oncePer((c: Claim): ReadonlySet<number> => {
  const out = new Set<number>();
  for (const m of c.text.matchAll(BARE_NUMBER)) if (designationOf(c.text, m.index ?? 0, m[0]) !== undefined) out.add(Number(m[0]));
  return out;
});
/** A whole number standing alone (no separator or decimals on either side). */
const BARE_NUMBER = /(?<![\d.,])\d+(?![\d]|[.,]\d)/g;

/**
 * A claim's figures, with their contexts and places, without the bare whole numbers the other claim writes inside a name: one outlet
 * writes "171 Boeing 737 MAX 9 jets", another "one of its 737 Max 9 jets", where nothing in its own
 * sentence tells a model number from a count of 737 jets. The other outlet's name tells it.
 */
function figuresAgainst(c: Claim, other: Claim): { figures: readonly Quantity[]; contexts: readonly Set<string>[]; wheres: readonly Where[] } {
  const figures = figuresOf(c);
  const contexts = contextsOf(c);
  const wheres = scopesOf(c);
  const named = namedNumbersOf(other);
  const dropped = (q: Quantity) => q.value !== null && q.qualifier === 'exact' && /^\d+$/.test(q.figure) && named.has(q.value);
  // Most pairs drop nothing: the claim's own arrays, read once per claim, serve as they are.
  if (named.size === 0 || !figures.some(dropped)) return { figures, contexts, wheres };
  const kept = figures.map((_, k) => k).filter((k) => !dropped(figures[k] as Quantity));
  return { figures: kept.map((k) => figures[k] as Quantity), contexts: kept.map((k) => contexts[k] as Set<string>), wheres: kept.map((k) => wheres[k] as Where) };
}

/**
 * "Five of the derailed cars", "98 of them died": a count of part of a group, right before "of" and a
 * determiner (not a share: percentages and sums are always "of" something).
 */
const PARTITIVE_AFTER = /^\s+of\s+(?:the|those|these|them|its|their|whom|which)\b/i;
/**
 * Two figures sharing one noun ("7.6 million current and 65.4 million former account holders", "200
 * domestic and 150 international flights"): each is a part of what the other sentence may count
 * whole ("73 million current and former customers"). The first is a figure, one word, "and", a
 * figure; the second a figure after one word and "and" that follows a figure. The word is a modifier,
 * not a plural noun of its own ("11 points and more than three million votes" are two figures), and
 * tolls are never parts this way ("two dead and 40 injured" count two things whole).
 */
const SHARED_NOUN_FIRST = /^\s+[\p{L}-]*[^\s\p{N}s]\s+and\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?[$£€]?\d/iu;
const SHARED_NOUN_SECOND = /\d[\d,.]*(?:\s*(?:million|billion|thousand|bn|m|k))?\s+[\p{L}-]*[^\s\p{N}s]\s+and\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$/iu;
const isPart = (text: string, q: Quantity): boolean => !q.counted.startsWith('percent') && !q.counted.startsWith('money:')
  && (PARTITIVE_AFTER.test(text.slice(q.end)) || (!isEventCount(q) && (SHARED_NOUN_FIRST.test(text.slice(q.end)) || SHARED_NOUN_SECOND.test(text.slice(Math.max(0, q.start - 40), q.start)))));
/**
 * A part of a group and a count that is not one: "Five of the derailed tank cars held vinyl chloride"
 * and "the number of derailed cars at about 50" count two things, a part and the whole. Two parts
 * ("Ten of those cars", "Eleven of the derailed cars") are compared.
 */
const partApart = (x: Where, y: Where): boolean => x.part !== y.part;

/** Who expects a figure, and how they are said to, a few words apart at most: "analysts expected", "Wall Street had penciled in", "analysts polled by Refinitiv had been looking for". */
const EXPECTED_BY = /\b(?:analysts?|economists?|wall\s+street|the\s+market|markets|investors|traders|forecasters)['’]?\s+(?:[\p{L}’'-]+\s+){0,5}?(?:expect\w*|pencil+ed\s+in|forecast\w*|predict\w*|estimat\w*|anticipat\w*|reckon\w*|project\w*|look\w*\s+for)\b/iu;
/** An expectation named before its figure: "estimates of", "expectations of", "a consensus of", "analysts' forecast of". */
const EXPECTATION_BEFORE = /\b(?:estimates?|expectations?|consensus(?:\s+estimate)?|(?:analysts?|economists?)['’]?\s+forecasts?)\s+(?:of|for)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under)\s+)?$/iu;
/** How far around a figure an expectation is looked for (characters): a short relative clause. */
const EXPECTATION_REACH = 60;
/**
 * A figure the market expected, not what was reported: "ahead of the $6.52 billion analysts expected",
 * "versus the 92 cents Wall Street had penciled in", "beat estimates of about $6.5 billion". Compared
 * only with another expectation (expectationApart): "82 cents per share" and "92 cents Wall Street had
 * penciled in" are a result and a forecast, not one figure told two ways.
 */
function isExpectation(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - EXPECTATION_REACH), q.start);
  if (EXPECTATION_BEFORE.test(before)) return true;
  // "the $6.52 billion analysts expected": the expecters right after the figure's noun, in its clause.
  const after = text.slice(q.end, q.end + EXPECTATION_REACH).split(/[,;:.!?]/)[0] ?? '';
  const m = EXPECTED_BY.exec(after);
  if (m && (after.slice(0, m.index).match(/\S+/g)?.length ?? 0) <= 2) return true;
  // "the analysts had reckoned on average with 7.2 billion dollars": the expecters, then the figure, in one clause.
  const clause = before.split(/[,;:.!?]/).pop() ?? '';
  return EXPECTED_BY.test(clause);
}
const expectationApart = (x: Where, y: Where): boolean => x.expected !== y.expected;

/** A conditional modal in a figure's clause before it ("would put close to 400 jobs at risk", "could cost up to $5bn"). */
const CONDITIONAL_BEFORE = /\b(?:would|could|might)\b[^,;:.!?]*$/i;
const conditional = (text: string, q: Quantity): boolean => CONDITIONAL_BEFORE.test(text.slice(Math.max(0, q.start - 80), q.start));

/**
 * A count the sentence itself dates as an earlier one, before the one it reports now or the other
 * outlet's: named a first or earlier count ("in the first balance", "initially", "early counts put the
 * number at"), or told in the past perfect ("On Sunday morning officials had counted 149 dead") where
 * no one is reported as saying it (after "said", the past perfect is reported speech: "the ministry
 * said the toll had risen to 2,946" is today's toll). Against a count not so marked it is one figure
 * at two moments, not two outlets disagreeing: a detail at most.
 */
const EARLIER_COUNT = /\b(?:first\s+(?:balance|count|toll|tally|figures?|estimates?|reports?)|initial(?:ly)?|early\s+(?:counts?|reports?|estimates?|figures?)|earlier\s+(?:counts?|tolls?|tally|figures?|estimates?)|at\s+first|previously|at\s+(?:that|the)\s+(?:time|point|stage|moment)|by\s+then|until\s+then)\b/i;
/** A sentence opening with "Then": it tells a moment before the one the article reports now ("Then the outbreak counted some 3,000 cases"). */
const THEN_OPENING = /^\s*then\b/i;
const PLUPERFECT_COUNT = /\bhad\s+(?:counted|reported|recorded|confirmed|stood|risen|climbed|reached|put|given|been)\b/i;
/** Reporting words anywhere in the sentence: a past perfect near them is reported speech. */
const REPORTED_SPEECH = /\b(?:said|says|say|told|tells|reported|announced|according\s+to|stated|added|confirmed)\b/i;
/** How far before a figure, in its sentence, an earlier count is looked for (characters). */
const EARLIER_REACH = 80;
const isEarlierCount = (text: string, q: Quantity): boolean => {
  const before = text.slice(Math.max(0, q.start - EARLIER_REACH), q.start).split(/[;:]/).pop() ?? '';
  if (EARLIER_COUNT.test(before) || (q.start <= EARLIER_REACH && THEN_OPENING.test(text))) return true;
  const m = PLUPERFECT_COUNT.exec(before);
  return m !== null && !REPORTED_SPEECH.test(text.replace(m[0], ''));
};

/** Digits written after the decimal point of a figure ("11.39 points" → 2, "$2bn" → 0). */
const decimalsOf = (q: Quantity): number => /\d\.(\d+)/.exec(withDecimalPoint(q.figure))?.[1]?.length ?? 0;

/** The number as written, without its scale or unit ("$2.04 billion" → 2.04, "16,000ft" → 16000). */
const written = (q: Quantity): number => Number((/\d[\d,]*(?:\.\d+)?/.exec(withDecimalPoint(q.figure))?.[0] ?? 'NaN').replace(/,/g, ''));
/**
 * Whether two measures are written in one unit: the ratio of the value (kept in the dimension's base
 * unit) to the written number is the unit's size ("984-foot" and "985-foot": both 0.3048 m).
 */
function sameUnit(a: Quantity, b: Quantity): boolean {
  const wa = written(a);
  const wb = written(b);
  if (a.value === null || b.value === null || !wa || !wb) return false;
  const sa = a.value / wa;
  const sb = b.value / wb;
  return Math.abs(sa - sb) <= 1e-6 * Math.max(Math.abs(sa), Math.abs(sb));
}

/** A temperature written in Celsius: kept in Celsius (quantities.ts), its value is the number written. */
const inCelsius = (q: Quantity): boolean => q.value !== null && Math.abs(written(q) - q.value) < 1e-9;

/**
 * One figure is the other rounded to the digits it writes: "11 points" / "11.39 points", "26%" /
 * "26.4%", "2.0 billion" / "2.04 billion". Writers drop decimals; a whole number in one outlet and a
 * decimal that rounds to it in another tell one figure at two precisions (tests/gold/GUIDE.md: a
 * detail). Only decimals are rounded this way: "70" / "74" are two counts.
 */
function roundsTo(a: Quantity, b: Quantity): boolean {
  if (a.value === null || b.value === null || a.qualifier !== b.qualifier) return false;
  const [coarse, fine] = decimalsOf(a) < decimalsOf(b) ? [a, b] : [b, a];
  const d = decimalsOf(coarse);
  if (d === decimalsOf(fine)) return false;
  // Compared in the figures' own written units: the ratio of value to written number is their scale.
  const wc = written(coarse);
  const wf = written(fine);
  if (!Number.isFinite(wc) || !Number.isFinite(wf) || wc === 0 || wf === 0) return false;
  const scale = (coarse.value as number) / wc;
  if (Math.abs((fine.value as number) / wf - scale) > 1e-9 * Math.abs(scale)) return false;
  const f = 10 ** d;
  return Math.round(wf * f) === Math.round(wc * f);
}

/**
 * Two values equal but for the float error of converting units ("more than a century" / "more than
 * 100 years", both kept in days). null is unbounded, equal only to null.
 */
function near(x: number | null, y: number | null): boolean {
  if (x === null || y === null) return x === y;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function overlaps(a: Quantity, b: Quantity): boolean {
  const aMax = a.max ?? Infinity;
  const bMax = b.max ?? Infinity;
  return a.min <= bMax && b.min <= aMax;
}

/**
 * How far apart two figures left alone on each side of a linked pair may be and still be read as one
 * figure told two ways: a quarter, so that "about 5,000" meets "5,078" and "8.06 million" meets "more
 * than eight million", while "27" and "31" (a toll a day apart) are already paired by their key. On
 * the tuned stories 1.1 to 3 find the same differences but one (tests/corpus/TUNING.md).
 */
const CLOSE_FIGURE_SPREAD = 1.25;

/**
 * A vague amount ("thousands of soldiers", "hundreds of people") is paired with the other side's figure
 * of its family ("about 15,000 police officers", "more than 500 protesters") when their intervals meet
 * or lie within this factor of each other: an order of magnitude, as "thousands" and "tens of
 * thousands" tell one crowd. Only when each is its side's one figure of the family (a detail at most).
 */
const VAGUE_MAGNITUDE = 10;
/** isEventCount, a vague amount read at its lower bound ("hundreds of people were killed" counts the dead). */
const eventCount = (q: Quantity): boolean => isEventCount(q.value === null ? { ...q, value: q.min } : q);
function sameMagnitude(x: Quantity, y: Quantity): boolean {
  if (x.qualifier !== 'vague' && y.qualifier !== 'vague') return false;
  const xMax = x.max ?? Infinity;
  const yMax = y.max ?? Infinity;
  if (x.min <= yMax && y.min <= xMax) return true;
  const [low, high] = xMax < y.min ? [xMax, y.min] : [yMax, x.min];
  return low > 0 && high / low <= VAGUE_MAGNITUDE;
}

/**
 * Among other figures of its family, a figure is paired with the other side's one close figure only
 * from this value up: small counts recur for other things in one sentence ("9 … 11", "35 … 36").
 */
const MIN_CLOSE_AMONG_OTHERS = 20;

/**
 * Two measures within this share of each other are one measure converted between units and rounded
 * ("4,900 metres" is 16,076 feet, written "16,000ft"; "29kg" / "63 pounds"); "about 80km" / "82 km" (2.4%)
 * still differ in detail.
 */
const CONVERSION_ROUNDING = 0.02;
/** One side exact, the other "about": a measure converted and rounded says "about" of its conversion ("a 63-pound plug" / "about 29kg"). */
const CONVERTED_QUALIFIERS = new Set(['exact about', 'about exact']);

/**
 * Two counts of things of one key further apart than this ratio are two counts, not one told twice
 * (see comparable in compareNumbers). Tuned stories, false alarms / differences found: no limit 25 /
 * 592; 100: 23 / 592; 20 and 10: 23 / 591 (tests/corpus/TUNING.md).
 */
const MAX_ONE_COUNT_SPREAD = 100;
/**
 * Two percentages further apart than this ratio are two shares (a stake kept and a stake bought, the
 * opening gain and the closing one), not one share told twice: a gold contradiction of percentages is
 * 24% / 26%, 5.78% / 5.23%. Tuned stories: conflict false alarms 20 → 13 (ipo's stakes), the gold's
 * contradictions shown unchanged (218 of 936), one percentage detail fewer; 3: 14; 1.6: as 2.
 */
const MAX_ONE_SHARE_SPREAD = 2;
/** A percentage that tells a change ("revenue fell 38%", "up almost 25pc", "rose by 8.6%"), not a share: compared however far apart. */
const CHANGE_BEFORE = /\b(?:rose|rise|rises|rising|fell|fall|falls|falling|up|down|jumped|jumps|gained|gains|lost|loses|dropped|drops|climbed|climbs|increased|decreased|grew|grows|sank|surged|soared|plunged|plunges|slid|slumped|tumbled|by)\s+(?:[\p{L}$£€]+\s+){0,2}$/iu;
const isChange = (text: string, q: Quantity): boolean => CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));

/** A money figure's currency (`money:usd/day` → usd), '' for any other figure. */
const currencyOf = (q: Quantity): string => (q.counted.startsWith('money:') ? (q.counted.slice('money:'.length).split('/')[0] ?? '') : '');

/** Qualifiers that bound a figure on one side (more than, less than, up to). */
const BOUNDS: ReadonlySet<string> = new Set(['more-than', 'less-than', 'up-to']);
/** Currencies called dollars: a bare "$" is read as US dollars, yet a country's own press writes its dollars so. */
const DOLLARS = new Set(['usd', 'aud', 'cad', 'hkd', 'nzd']);
/** A figure written with a bare "$" (no country's letters before it). */
const bareDollar = (q: Quantity): boolean => /(?<![\p{L}])\$/u.test(q.text);

/** Money, percentages, points and counts are never compared across kinds, however vague a key; degrees without a scale go with temperatures (paired only when close, a detail at most). */
const family = (k: string) => (k === AGE ? AGE : k.startsWith('money:') ? 'money' : k.startsWith('percent') ? 'percent' : k === 'points' ? 'points' : k === DEGREES_NO_SCALE ? TEMPERATURE : k.startsWith('measure:') ? k : 'count');

/** Each figure's context (figureContext), per claim, read once: an index sentence is compared with every page sentence linked to it. */
const contextsOf = oncePer((c: Claim): Set<string>[] => {
  const figures = figuresOf(c);
  return figures.map((q) => figureContext(c.text, q, figures));
});

/** Where each figure holds: its scope (scopeOf) and the states its clause names (statesAround), in figuresOf's order. */
/** What a figure is, read once per claim from its text: where it holds, whether it counts a part of a group (isPart), whether the market expected it (isExpectation). */
interface Where { scope: FigureScope; states: string; part: boolean; expected: boolean; earlier: boolean }
const scopesOf = oncePer((c: Claim): Where[] => figuresOf(c).map((q) => ({
  scope: scopeOf(c.text, q.start, q.end),
  states: statesAround(c.text, q.start, q.end).join(' '),
  part: isPart(c.text, q),
  expected: isExpectation(c.text, q),
  earlier: isEarlierCount(c.text, q),
})));

/**
 * Two figures of two scopes, never compared: one for the whole world and one for a named place ("87,000
 * people around the world" / "3,000 people in Ireland"), or clauses naming different states ("killed
 * in Germany" / "died in Germany and Belgium").
 */
const scopesApart = (x: Where, y: Where): boolean =>
  (x.scope === 'world' && y.scope === 'place') || (x.scope === 'place' && y.scope === 'world') || (x.states !== '' && y.states !== '' && x.states !== y.states);

/** How far apart two figures are, as a ratio (1 = equal); vague amounts by their lower bounds. */
function spread(a: Quantity, b: Quantity): number {
  const x = Math.max(a.value ?? a.min, 1e-9);
  const y = Math.max(b.value ?? b.min, 1e-9);
  return Math.max(x, y) / Math.min(x, y);
}

/**
 * Counts of the same thing compared, as intervals ("more than 40,000" is 40,000 to unbounded; "about
 * 70" a tenth either way; "dozens" 24 to 99). Two figures that cannot both be true are a conflict (two
 * different exact tolls; "at most 20" and "more than 30"); figures that differ but can both be true are
 * a detail ("more than 40,000" and "more than 41,000"; "six" and "at least six"; "dozens" and "more than
 * 70"): the reader is shown both, without being told that the outlets contradict each other. A figure
 * that names nothing it counts is paired with a count of the same kind by its context (VAGUE_KEYS):
 * a detail at most.
 */
export function compareNumbers(here: Claim, there: Claim): readonly Difference[] {
  // Most pairs of sentences state no figure on one side: nothing to compare, nothing to allocate.
  if ((here.quantities.length === 0 && !FRACTION_WORD.test(here.text)) || (there.quantities.length === 0 && !FRACTION_WORD.test(there.text))) return NONE;
  const { figures: hq, contexts: hc, wheres: hs } = figuresAgainst(here, there);
  const { figures: tq, contexts: tc, wheres: ts } = figuresAgainst(there, here);
  if (hq.length === 0 || tq.length === 0) return NONE;
  const apart = namesApart(here, there, false) || subjectsApart(here, there) || sessionsApart(here, there);
  // A measure's dimension ("3.2 metres wide", "45 metres long"), where its words give one.
  const hd = hq.map((q) => dimensionOf(here.text, q));
  const td = tq.map((q) => dimensionOf(there.text, q));
  // Two ages are one person's only when both sentences name someone they share: "one 19-year-old"
  // and "a 23-year-old woman, Jane Roe" are two people (AGE). Read only where an age stands: most links have none.
  const agesApart = hq.some((q) => q.counted === AGE) && !here.entities.some((e) => !e.startsWith('@') && there.entities.includes(e));
  // Two figures that are never two versions of one, whatever their keys: other scopes, a rate beside a
  // total, a part beside its whole, an expectation beside a result, an earlier event's figure, a gap
  // beside a duration.
  const apartAt = (i: number, j: number) => {
    const a = hq[i] as Quantity;
    const b = tq[j] as Quantity;
    const x = hs[i] as Where;
    const y = ts[j] as Where;
    return (a.counted === AGE && (b.counted === AGE ? !(sameAgeOwner(here.text, a, there.text, b) ?? !agesApart) : agesApart)) || scopesApart(x, y) || perUnitApart(here.text, a.end, there.text, b.end) || partApart(x, y) || expectationApart(x, y) || recalledApart(here.text, a.start, there.text) || recalledApart(there.text, b.start, here.text) || spanGap(here.text, a) !== spanGap(there.text, b) || groupApart(here.text, a, there.text, b);
  };
  const comparable = (i: number, j: number) => {
    const a = hq[i] as Quantity;
    const b = tq[j] as Quantity;
    if (apartAt(i, j)) return false;
    // A width is not a length: two dimensions are two measures.
    if (hd[i] !== undefined && td[j] !== undefined && hd[i] !== td[j]) return false;
    // Counts of things orders of magnitude apart are two counts, not one told twice ("three works" / "45,000 workers", one stem in WordNet); a toll may grow so between reports, so counts of an event are kept.
    if (a.value !== null && b.value !== null && !isEventCount(a) && !isEventCount(b) && spread(a, b) > MAX_ONE_COUNT_SPREAD) return false;
    // Shares far apart ("a stake of about 90%" / "the 25% stake held by its fund") are two shares of two things.
    if (a.value !== null && b.value !== null && family(a.counted) === 'percent' && spread(a, b) > MAX_ONE_SHARE_SPREAD && !isChange(here.text, a) && !isChange(there.text, b)) return false;
    return a.counted !== 'unknown' && b.counted === a.counted && (!GENERIC.test(a.counted) || sharedContext(hc[i] as Set<string>, tc[j] as Set<string>) > 0);
  };
  // One figure written with its noun on one side only ("including 8,700 at the truck plant" /
  // "8,700 workers walked out"): the same number of one family is the same figure, so it is not left
  // over to be set against the other side's other count ("about 45,000 workers").
  const sameFigureUncounted = (i: number, j: number) => {
    const a = hq[i] as Quantity;
    const b = tq[j] as Quantity;
    return a.value !== null && (a.counted === 'unknown') !== (b.counted === 'unknown') && family(a.counted) === family(b.counted) && !scopesApart(hs[i] as Where, ts[j] as Where);
  };
  // One amount of dollars written with the country's sign on one side and a bare "$" on the other
  // ("A$450 million" / "$450 million" in the country's own press): the same figure, not left over to be
  // set against the other side's conversion ("A$450 million ($286 million)"). A detail at most.
  const sameDollars = (i: number, j: number) => {
    const a = hq[i] as Quantity;
    const b = tq[j] as Quantity;
    const x = currencyOf(a);
    const y = currencyOf(b);
    return a.value !== null && x !== y && DOLLARS.has(x) && DOLLARS.has(y) && (bareDollar(a) || bareDollar(b)) && !scopesApart(hs[i] as Where, ts[j] as Where);
  };
  // Pairs of the same figure first, so that "1.5% to 1.75%" beside "1.75%" pairs 1.75 with 1.75.
  const pairs: [number, number, boolean][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const sameValue of [true, false]) {
    hq.forEach((a, i) => {
      if (usedA.has(i)) return;
      const j = tq.findIndex((b, k) => !usedB.has(k) && (sameValue ? b.value === a.value && (comparable(i, k) || sameFigureUncounted(i, k) || sameDollars(i, k)) : comparable(i, k)));
      if (j < 0) return;
      usedA.add(i);
      usedB.add(j);
      // Paired by value alone (sameFigureUncounted): a detail at most.
      pairs.push([i, j, comparable(i, j)]);
    });
  }
  // Then a figure of a vague key with a count of the same kind it shares the most context with, closest first.
  const loose: { i: number; j: number; shared: number; spread: number }[] = [];
  hq.forEach((a, i) => {
    if (usedA.has(i)) return;
    tq.forEach((b, j) => {
      if (usedB.has(j) || a.counted === b.counted) return;
      if (scopesApart(hs[i] as Where, ts[j] as Where)) return;
      if (!VAGUE_KEYS.has(a.counted) && !VAGUE_KEYS.has(b.counted)) return;
      if (family(a.counted) !== 'count' || family(b.counted) !== 'count') return;
      const shared = sharedContext(hc[i] as Set<string>, tc[j] as Set<string>);
      if (shared >= VAGUE_KEY_MIN_SHARED) loose.push({ i, j, shared, spread: spread(a, b) });
    });
  });
  loose.sort((x, y) => y.shared - x.shared || x.spread - y.spread);
  for (const c of loose) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push([c.i, c.j, false]);
  }
  // Last, one figure left on each side close in value to one of the other's, of one family: the same figure told with
  // another noun or none ("about 11,000 jobs" / "more than 11,000 employees", "about 13% of its
  // workforce" / "13% of staff", "an estimated $1.94 billion" / "almost 2 billion dollars"). The
  // sentences are already linked as one fact; a detail only.
  const leftA = hq.map((_, i) => i).filter((i) => !usedA.has(i));
  const leftB = tq.map((_, j) => j).filter((j) => !usedB.has(j));
  // One close figure each way: "about 170 jets" / "171 aircraft …, including 79 at Globex" pairs
  // 170 with 171 (79 is not close); two close figures on a side leave which is which a guess.
  // Amounts in two currencies are never close: no rate converts them here ("£198m" / "€222m" are one fee).
  const close = (x: Quantity, y: Quantity) => family(x.counted) === family(y.counted) && currencyOf(x) === currencyOf(y) && (x.value !== null && y.value !== null ? spread(x, y) <= CLOSE_FIGURE_SPREAD : sameMagnitude(x, y));
  for (const i of leftA) {
    const a = hq[i] as Quantity;
    const js = leftB.filter((j) => close(a, tq[j] as Quantity));
    if (js.length !== 1) continue;
    const j = js[0] as number;
    const b = tq[j] as Quantity;
    if (usedB.has(j) || leftA.filter((k) => close(hq[k] as Quantity, b)).length !== 1) continue;
    // With other figures of the family about, only figures that say what they count, and not small
    // ones: "9" / "11" or "35" / "36 after" beside other numbers are as likely two things.
    const fa = family(a.counted);
    const onlyOfFamily = leftA.filter((k) => family((hq[k] as Quantity).counted) === fa).length === 1 && leftB.filter((k) => family((tq[k] as Quantity).counted) === fa).length === 1;
    if (!onlyOfFamily && (a.value === null || b.value === null || a.counted === 'unknown' || b.counted === 'unknown' || a.value < MIN_CLOSE_AMONG_OTHERS || b.value < MIN_CLOSE_AMONG_OTHERS)) continue;
    // Killed is never compared with injured: counts of people by two different events are two facts.
    if (eventCount(a) && eventCount(b) && a.counted !== b.counted) continue;
    if (a.counted === 'span' ? b.counted !== 'span' : b.counted === 'span') continue;
    if (apartAt(i, j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j, false]);
  }
  const out: Difference[] = [];
  for (const [i, j, sure] of pairs.sort((x, y) => x[0] - y[0])) {
    const a = hq[i] as Quantity;
    const b = tq[j] as Quantity;
    // One figure with one reach: nothing to show. "just over 76%" and "about 76%" share figure and
    // qualifier but not reach (quantities.ts reads "just over" above the figure): a detail.
    // Two exact figures of one value differ only in how they are written ("Rs 1 lakh" / "100,000 rupees").
    if (near(a.value, b.value) && a.qualifier === b.qualifier && ((near(a.min, b.min) && near(a.max, b.max)) || a.qualifier === 'exact')) continue;
    // One measure in two units ("4,900 metres" / "16,000 feet"): equal once converted and rounded, no
    // difference. In one unit, two numbers are two measures ("984-foot" / "985-foot").
    // A temperature is compared by its interval (in Celsius, rounded to its written digits), not by a
    // share of itself: 17.01 and 17.18 degrees are 1% apart and two records. Within its interval it is
    // one reading: in two scales ("17.01C" / "62.62F") no difference, in one scale at two precisions
    // ("17.18C" / "17.2C") a detail, as any figure rounded (roundsTo).
    if (a.counted === TEMPERATURE ? b.counted === TEMPERATURE && a.qualifier === b.qualifier && overlaps(a, b) && !(inCelsius(a) === inCelsius(b) && written(a) !== written(b)) : a.counted.startsWith('measure:') && a.counted === b.counted && (a.qualifier === b.qualifier || CONVERTED_QUALIFIERS.has(`${a.qualifier} ${b.qualifier}`)) && spread(a, b) <= 1 + CONVERSION_ROUNDING && !sameUnit(a, b)) continue;
    // With several figures of one kind on a side, which goes with which is a guess: never a conflict on a guess.
    // Two measures of one dimension are counted among that dimension's measures only: "about 4 metres
    // wide" meets "3.2 metres wide and about 45 metres long" as surely as a lone figure.
    const dim: Dimension | undefined = hd[i] !== undefined && hd[i] === td[j] ? hd[i] : undefined;
    const alone = hq.filter((x, k) => x.counted === a.counted && (dim === undefined || hd[k] === dim)).length === 1 && tq.filter((x, k) => x.counted === b.counted && (dim === undefined || td[k] === dim)).length === 1;
    // A fraction is a share told loosely: a detail at most.
    // A vague amount ("thousands of workers", "dozens") states an order of magnitude loosely, and
    // writers stretch it ("thousands" of 45,000): a detail at most, as a fraction is.
    // Degrees without a scale may be Fahrenheit on one side and Celsius on the other ("topping 100 degrees" / "above the 38 degrees"): a detail at most.
    const exact = sure && a.counted !== DEGREES_NO_SCALE && b.counted !== DEGREES_NO_SCALE && !FRACTIONS.has(a) && !FRACTIONS.has(b) && a.qualifier !== 'vague' && b.qualifier !== 'vague' && (a.counted !== 'span' || spanUnit(a) === spanUnit(b))
      && (!GENERIC.test(a.counted) || sharedContext(hc[i] as Set<string>, tc[j] as Set<string>) >= (a.counted === 'span' ? SPAN_CONFLICT_SHARED : GENERIC_CONFLICT_SHARED));
    // A figure of a kind of the other's thing ("Gaming revenue" / "revenue"): a detail at most. A span
    // of time has no kinds: the words before it tell what lasts ("keep health insurance for six
    // months" / "get health insurance for three months" are one benefit's two lengths).
    const subtype = GENERIC.test(a.counted) && a.counted !== 'span' && subtypeApart(here.text, a, hc[i] as Set<string>, there.text, b, tc[j] as Set<string>);
    // A named part of the other's count ("173 Ruritanian passengers" / "175 passengers"): a detail at most.
    const namedPart = namedPartApart(a, b);
    // A count the sentence dates as an earlier one, beside one it does not (EARLIER_COUNT): a detail at most.
    const moments = (hs[i] as Where).earlier !== (ts[j] as Where).earlier;
    // A figure of what would or could happen ("a cut in line with the global 13% would put close to 400
    // jobs at risk") beside one of what happened: a detail at most.
    const hypothetical = conditional(here.text, a) !== conditional(there.text, b);
    // Two ages set off after one person's name are that person's whatever else each sentence names,
    // and among other ages too: which goes with which is read, not guessed (ageOwner).
    const onePerson = a.counted === AGE && b.counted === AGE && sameAgeOwner(here.text, a, there.text, b) === true;
    // Two exact measures in one unit are the numbers written, not converted ones read as rounded
    // (MEASURE_ROUNDING): "a 984-foot ship" / "a 985-foot ship" cannot both be true.
    const oneUnit = a.counted.startsWith('measure:') && a.qualifier === 'exact' && b.qualifier === 'exact' && sameUnit(a, b);
    // A bound at the other side's figure ("over 80% of its value" / "80% of its value"): the figure
    // written flat is as often that bound rounded, as "six" and "at least six" are one count (a detail).
    const boundAtFigure = near(a.value, b.value) && (a.qualifier === 'exact') !== (b.qualifier === 'exact') && BOUNDS.has(a.qualifier === 'exact' ? b.qualifier : a.qualifier);
    out.push({ kind: 'number', severity: exact && (alone || onePerson) && (!apart || onePerson) && !subtype && !namedPart && !moments && !hypothetical && !boundAtFigure && (oneUnit || !overlaps(a, b)) && !roundsTo(a, b) ? 'conflict' : 'detail', here: a.text, there: b.text });
  }
  return out;
}
