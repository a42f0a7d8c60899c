import { NUMBER_WORDS_SOURCE, VAGUE_AMOUNTS, parseNumberWords } from '../text/number-words';
import { stem } from '../text/tokens';

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
  /** What is counted, as a class: "people", "us-personnel", "civilians", "attacks", "usd", … */
  counted: string;
}

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(?:more than|over|upwards of|in excess of)$/i, 'more-than'],
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at-least'],
  [/^(?:up to|as many as|as much as|at most|no more than)$/i, 'up-to'],
  [/^(?:less than|fewer than|under|just under)$/i, 'less-than'],
  [/^(?:about|around|approximately|roughly|some|an estimated|close to|nearly|almost)$/i, 'about'],
];
const QUALIFIER_SOURCE = '(?:more than|over|upwards of|in excess of|at least|no fewer than|no less than|a minimum of|up to|as many as|as much as|at most|no more than|less than|fewer than|under|nearly|almost|just under|about|around|approximately|roughly|some|an estimated|close to)';
const VAGUE_SOURCE = Object.keys(VAGUE_AMOUNTS).sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
const NUMERAL = '\\$?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\$?\\d+(?:\\.\\d+)?';

const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d$])(?:(?<qual>${QUALIFIER_SOURCE})\\s+)?(?<num>${NUMERAL}|(?<vague>${VAGUE_SOURCE})|(?<words>${NUMBER_WORDS_SOURCE}))(?:\\s+(?<scale>million|billion|thousand))?(?![\\p{L}\\d])`,
  'giu',
);

/** The words after a figure, where what it counts is named. */
const TAIL = /^(?:\s+of)?(?:[\s-]+[\p{L}’'.]+){0,4}/u;

/** Words between a figure and what it counts: "four US military personnel", "six recent attacks". */
const MODIFIERS = new Set(
  'us u.s. american afghan iranian taliban military other recent new more additional high-profile separate suspected local foreign coalition security service of'.split(' '),
);

/** Counted nouns folded to classes, so "two Americans" and "four US personnel" compare. */
const COUNTED_CLASSES: Record<string, readonly string[]> = {
  people: ['others', 'people', 'persons', 'wounded', 'injured', 'casualties', 'dead', 'victims', 'individuals'],
  'us-personnel': ['americans', 'american', 'personnel', 'troops', 'soldiers', 'servicemen', 'servicemembers', 'members', 'marines', 'service members', 'contractors'],
  civilians: ['civilians', 'civilian'],
  attacks: ['attacks', 'attack', 'assaults', 'bombings', 'strikes', 'incidents'],
  fighters: ['fighters', 'militants', 'attackers', 'insurgents', 'gunmen'],
};
const CLASS_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(COUNTED_CLASSES)) for (const w of words) CLASS_OF.set(w, cls);

/** Figures that are not counts: years, times, dates' days, ordinal-like phrases. */
const NOT_A_COUNT_AFTER = /^(?:[\s-]+)(?:years?\s+old|percent|%|am|pm|a\.m\.|p\.m\.|o'clock)(?![\p{L}])/iu;

function qualifierOf(q: string | undefined): Qualifier {
  if (!q) return 'exact';
  const t = q.toLowerCase().replace(/\s+/g, ' ');
  for (const [re, k] of QUALIFIERS) if (re.test(t)) return k;
  return 'exact';
}

function countedOf(tail: string, isMoney: boolean): string {
  if (isMoney) return 'usd';
  const words = tail.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    const clean = w.replace(/[’'.]+$/g, '');
    if (MODIFIERS.has(clean) || MODIFIERS.has(w)) continue;
    kept.push(clean);
    break;
  }
  const head = kept[0] ?? '';
  if (!head) return 'unknown';
  // "four US personnel": personnel with a US modifier is us-personnel; plain "troops" too.
  return CLASS_OF.get(head) ?? stem(head);
}

function interval(value: number | null, qualifier: Qualifier, vague: string | undefined): { min: number; max: number | null } {
  if (vague) return VAGUE_AMOUNTS[vague.toLowerCase().replace(/\s+/g, ' ')] ?? { min: 0, max: null };
  const v = value ?? 0;
  switch (qualifier) {
    case 'more-than': return { min: v + 1e-9, max: null };
    case 'at-least': return { min: v, max: null };
    case 'up-to': return { min: 0, max: v };
    case 'less-than': return { min: 0, max: v };
    // "about 70" reads as within a tenth either way.
    case 'about': return { min: v * 0.9, max: v * 1.1 };
    default: return { min: v, max: v };
  }
}

/** Words that end the noun a figure counts: "more than 75 others| were injured", "four US personnel| in". */
const NOUN_STOP = /^(?:were|was|are|is|have|has|had|been|being|will|would|injured|wounded|killed|died|in|at|on|for|to|from|by|with|and|or|but|who|that|which|among|including|the|a|an)$/i;

/** The counted noun after a figure, without the verb or preposition that follows it, for people to read ("others", "US personnel"). */
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

/**
 * Every count or amount in a sentence, with what it counts. Years (1989, 2020), dates' days and
 * spans already claimed as dates (pass them in `skip`) are not counts.
 */
export function findQuantities(text: string, skip: readonly { start: number; end: number }[] = []): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const numText = g.num ?? '';
    const numStart = start + m[0].indexOf(numText, g.qual ? g.qual.length : 0);
    const numEnd = numStart + numText.length;
    if (skip.some((s) => numStart < s.end && numEnd > s.start)) continue;
    const afterNumber = start + m[0].length;
    const tail = text.slice(afterNumber).match(TAIL)?.[0] ?? '';
    if (NOT_A_COUNT_AFTER.test(tail)) continue;
    let value: number | null = null;
    if (g.vague) value = null;
    else if (g.words) value = parseNumberWords(g.words);
    else value = Number(numText.replace(/[$,]/g, ''));
    if (!g.vague && value === null) continue;
    // A bare four-digit number from 1900–2099 without qualifier is a year, not a count.
    if (!g.vague && !g.words && /^\d{4}$/.test(numText) && value !== null && value >= 1900 && value <= 2099) continue;
    // "one" is a pronoun far more often than a count ("one of the", "the one").
    if (g.words && /^one$/i.test(g.words)) continue;
    if (g.scale && value !== null) value *= g.scale.toLowerCase() === 'million' ? 1e6 : g.scale.toLowerCase() === 'billion' ? 1e9 : 1e3;
    const qualifier = g.vague ? 'vague' : qualifierOf(g.qual);
    const { min, max } = interval(value, qualifier, g.vague);
    const isMoney = numText.startsWith('$') || /^\s*(?:dollars|usd)\b/i.test(tail);
    const figureEnd = afterNumber;
    const counted = countedOf(tail, isMoney);
    const tailWords = nounAfter(tail.match(/^(?:(?:\s+of)?(?:[\s-]+[\p{L}’'.]+){0,3})/u)?.[0] ?? '');
    out.push({
      text: text.slice(start, figureEnd) + tailWords.replace(/[.,;:]+$/, ''),
      figure: text.slice(start, figureEnd),
      start,
      end: figureEnd,
      value,
      qualifier,
      min,
      max,
      counted,
    });
  }
  return out;
}
