import { findMentions, statesOf } from '../claims/entities';
import { contentWords } from '../text/content-words';
import { STOPWORDS } from '../text/stopwords';

/** Words either side of a figure that say what it is a figure of ("inflation hit 8.6%", "a range of 1.5%"). */
export const CONTEXT_WORDS = 4;

/**
 * The concepts of the content words near a span of a sentence, within its clause (not across a comma,
 * semicolon or dash): what a percentage, an amount of money or a date stands for. Two figures of one
 * kind are compared only when they stand for the same thing; a sentence giving inflation and the
 * unemployment rate holds two percentages that are not two versions of one.
 */
export function contextOf(text: string, start: number, end: number): Set<string> {
  const { from, to } = clauseAround(text, start, end);
  const before = contentWords(text.slice(from, start)).slice(-CONTEXT_WORDS);
  const after = contentWords(text.slice(end, to)).slice(0, CONTEXT_WORDS);
  return new Set([...before, ...after].map((w) => w.concept));
}

/** The clause a span stands in: from the last comma, semicolon, colon, dash or bracket before it to the first after it. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const left = text.slice(0, start);
  const from = Math.max(left.search(/[,;:—–(][^,;:—–(]*$/), 0);
  const rightCut = text.slice(end).search(/[,;:—–)]/);
  return { from, to: rightCut < 0 ? text.length : end + rightCut };
}

/**
 * Where a figure holds: the whole world ("about 87,000 people around the world", "worldwide",
 * "globally"), a named place ("around 500 people at its Dublin office", "3,000 people in Ireland"), or
 * unsaid. English prepositions and scope words, no list of places: a place is a capitalised word after
 * "in", "at" or "across" in the figure's clause, after the figure.
 */
export type FigureScope = 'world' | 'place' | 'unsaid';

/**
 * The states a figure's clause places it in ("died in Germany and Belgium" → Germany, Belgium), sorted:
 * two figures placed in different states count in different places (a national toll and a two-country
 * toll), and are not two versions of one figure. A state named otherwise (who paid, whose troops:
 * "Ruritanian money to at least eight attacks") places nothing. A state joined by "and" or "or" to a
 * placed one is placed too.
 */
export function statesAround(text: string, start: number, end: number): string[] {
  const { from, to } = clauseAround(text, start, end);
  const mentions = findMentions(text.slice(from, to)).filter((m) => statesOf([m.entity]).length > 0);
  const placed = new Set<string>();
  let previous: (typeof mentions)[number] | undefined;
  for (const m of mentions) {
    const joined = previous !== undefined && placed.has(previous.entity) && /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(from + previous.end, from + m.start));
    if (m.locative || joined) placed.add(m.entity);
    previous = m;
  }
  return [...placed].sort();
}
const WORLD_SCOPE = /\b(?:around|across|throughout)\s+the\s+(?:world|globe)\b|\bworld-?wide\b|\bglobally\b|\bglobal\s+(?:workforce|total)\b/i;
const PLACE_SCOPE = /\b(?:in|at|across)\s+(?:(?:the|its|their|his|her)\s+)?\p{Lu}/u;
export function scopeOf(text: string, start: number, end: number): FigureScope {
  const { from, to } = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  if (WORLD_SCOPE.test(clause)) return 'world';
  return PLACE_SCOPE.test(text.slice(end, to)) ? 'place' : 'unsaid';
}

/**
 * A price or count per unit of something, right after the figure: "900 dollars per vehicle", "$1.09 a
 * share", "$80 a barrel". Periods ("an hour") are read into the figure's key where it is read.
 */
const PER_UNIT_AFTER = /^(?:\s+(?:dollars?|euros?|pounds?|yen|rupees?|yuan|francs?))?[\s-]+(?:per|a|an)\s+(?!(?:piece|unit|item|year|month|week|day|hour|minute|second|record|further|total|new)\b)\p{L}{3,}\b(?![\s-]+(?:earlier|ago|before|after|later))/iu;
/** Any unit price in a sentence, wherever it is said ("$850 to $900 in labour costs per vehicle", "to the cost of every vehicle"). */
const PER_UNIT_ANYWHERE = /\b(?:per|each|every|apiece)\s+\p{L}/iu;

/**
 * A figure told per unit, against a sentence that speaks of no unit at all: a price per vehicle is
 * not a total ("$100 million" / "900 dollars per vehicle"), so the two are not compared.
 */
export function perUnitApart(aText: string, aEnd: number, bText: string, bEnd: number): boolean {
  const aPer = PER_UNIT_AFTER.test(aText.slice(aEnd, aEnd + 40));
  const bPer = PER_UNIT_AFTER.test(bText.slice(bEnd, bEnd + 40));
  return (aPer && !bPer && !PER_UNIT_ANYWHERE.test(bText)) || (bPer && !aPer && !PER_UNIT_ANYWHERE.test(aText));
}

/** A figure of a sentence: where it stands, and what it counts (a quantity's key). */
export interface FigureSpan { start: number; end: number; counted: string }

/**
 * What may stand between a figure and the same amount restated in another unit or currency right
 * after it: "6.15 billion rupees ($74 million)", "615 crore rupees, roughly $75 million", "A$8.5
 * billion (US$5.52 billion)", "£7.4bn, or about $9bn". Grammar of apposition: at most the first
 * figure's unit word, then a bracket (any figure), or a comma with "or" and a qualifier at most
 * (amounts of money only: "two civilians, four soldiers" lists two counts, it restates none).
 */
const RESTATED_BRACKET = /^(?:\s+\p{L}+)?\s*\($/u;
const RESTATED_COMMA = /^(?:\s+\p{L}+)?\s*,\s*(?:or\s+)?(?:(?:about|roughly|around|some|approximately|nearly|almost)\s+)?$/iu;
const isMoney = (f: FigureSpan) => f.counted.startsWith('money:');

/**
 * A figure's context, and, when it restates the figure just before it in another unit or currency
 * (RESTATED_AFTER), that figure's context too: the bracketed "$74 million" of "the cost at about 6.15
 * billion rupees ($74 million)" is a cost, though no word of its own bracket says so.
 */
export function figureContext(text: string, figure: FigureSpan, all: readonly FigureSpan[]): Set<string> {
  const own = contextOf(text, figure.start, figure.end);
  for (const prior of all) {
    if (prior.end > figure.start || prior === figure) continue;
    const gap = text.slice(prior.end, figure.start);
    if (!RESTATED_BRACKET.test(gap) && !(isMoney(prior) && isMoney(figure) && RESTATED_COMMA.test(gap))) continue;
    for (const c of contextOf(text, prior.start, prior.end)) own.add(c);
  }
  return own;
}

/** How many concepts two contexts share. */
export function sharedContext(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const c of a) if (b.has(c)) n++;
  return n;
}

/** The two spans' contexts share a concept. */
export function sameContext(a: { text: string; start: number; end: number }, b: { text: string; start: number; end: number }): boolean {
  const ca = contextOf(a.text, a.start, a.end);
  for (const c of contextOf(b.text, b.start, b.end)) if (ca.has(c)) return true;
  return false;
}

/**
 * A figure of a kind of the other's thing: "Gaming revenue fell 38%" against "revenue fell 13%". In
 * the figure's clause, before it, a content word stands right before a word both figures' contexts
 * share, and the other sentence never uses that word: the first measures a part ("gaming" revenue),
 * the other the whole. Read both ways.
 */
export function subtypeApart(aText: string, a: FigureSpan, aContext: ReadonlySet<string>, bText: string, b: FigureSpan, bContext: ReadonlySet<string>): boolean {
  return qualifiedHere(aText, a, bText, bContext) || qualifiedHere(bText, b, aText, aContext);
}

function qualifiedHere(text: string, f: FigureSpan, otherText: string, otherContext: ReadonlySet<string>): boolean {
  const { from } = clauseAround(text, f.start, f.end);
  const words = contentWords(text.slice(from, f.start));
  if (words.length < 2) return false;
  const other = new Set(contentWords(otherText).map((w) => w.concept));
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as { concept: string; end: number };
    const v = words[i + 1] as { concept: string; start: number };
    // Adjacent in the text (one space or hyphen between), the head shared, the modifier the other's never.
    if (v.start - w.end > 1 || !otherContext.has(v.concept)) continue;
    // A name is no kind of thing a word before it narrows ("chip giant Nvidia" is Nvidia).
    if (/\p{Lu}/u.test(text.charAt(v.start))) continue;
    if (!other.has(w.concept)) return true;
  }
  return false;
}

/**
 * A figure of an earlier event the sentence recalls ("the worst since 1997, when more than 200 people
 * died in a crash abroad"; "in 2004, when 230,000 were killed"): a year and "when" open the clause
 * that holds it. It is that event's figure, never set against this event's.
 */
const RECALLED = /\b(?:since|in|of)\s+(?:\p{L}+\s+)?((?:1[89]|20)\d\d)\s*,?\s+when\b[^.;:]*$/u;
/**
 * The same after "since" and an event dated by its year ("the deadliest since the 2014 sinking of the
 * ferry, in which 304 people died"; "since the ferry sank in 2014, killing 304 people"): the clause
 * that follows the comma tells that event. A figure right in the "since" phrase ("since 2019, 300
 * people have died") has no comma-clause of its own and stays this story's.
 */
const RECALLED_SINCE = /\bsince\s+[^.;:,]{0,60}?\b((?:1[89]|20)\d\d)\b[^.;:,]{0,40},\s+(?:when|which|in\s+which|killing|leaving|that)\b[^.;:]*$/u;
/**
 * The figure at `start` is the recalled event's, and the other sentence does not speak of that event
 * (it names not the year): the two figures are two events', not compared. Two sentences recalling the
 * same event ("since 1997, when more than 200 people died" / "crashed abroad in 1997, killing 228")
 * compare theirs.
 */
export function recalledApart(text: string, start: number, otherText: string): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const m = RECALLED.exec(before) ?? RECALLED_SINCE.exec(before);
  return !!m && !otherText.includes(m[1] as string);
}

/**
 * The capitalised words between a figure and its noun ("173 Ruritanian passengers", "four US
 * personnel", "37 Google employees"), lower-cased and joined: the part of the counted thing a name
 * picks out. The noun itself is left out when it is capitalised ("70 Americans").
 */
function namedModifiers(q: { text: string; figure: string }): string {
  const at = q.text.indexOf(q.figure);
  const words = q.text.slice(at < 0 ? 0 : at + q.figure.length).trim().split(/\s+/);
  // A figure read with the clause after it ("53 as the town lies"): no noun phrase, no named part.
  if (words.some((w) => STOPWORDS.has(w.toLowerCase()))) return '';
  return words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/[.’']/g, '')).join(' ');
}
/**
 * One figure counts a named part of the other's thing ("175 passengers" / "173 Ruritanian passengers,
 * two Thai nationals and six crew"), or another named part: a detail at most.
 */
export function namedPartApart(a: { text: string; figure: string }, b: { text: string; figure: string }): boolean {
  return namedModifiers(a) !== namedModifiers(b);
}
