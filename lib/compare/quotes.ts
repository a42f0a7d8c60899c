import type { Claim } from '../claims/schema';
import { findQuotedWords, quoteWords } from '../claims/quotes';
import { oncePer } from '../memo';
import { conceptOf, relatedConcepts } from '../text/concepts';
import { splitSentences } from '../text/sentences';
import { spellingKey } from '../text/spelling';
import { STOPWORDS } from '../text/stopwords';
import { NONE, type Difference } from './difference';

/**
 * Two quotations are the same quotation when this share of the shorter one's words appear in the
 * other ("is likely to incentivize future high-profile attacks…" / "probably incentivize future
 * high-profile attacks…" share 8 of 10).
 */
const SAME_QUOTATION_OVERLAP = 0.5;
/**
 * Two quotations in linked sentences sharing at least this share of the shorter one's content words
 * (related senses counted), but not read as one quotation (under SAME_QUOTATION_OVERLAP, or half their
 * words in common but out of order, or a part of a longer one that holds much else), are shown side by
 * side as a detail, never a contradiction: one statement reworded ("a tragedy and a disaster that
 * should never have happened" / "a tragedy and a catastrophe that should not have occurred") and two
 * statements of one speaker ("I got this wrong, and I take responsibility for that" / "I want to take
 * responsibility for these decisions") cannot be told apart from the words (tests/corpus/TUNING.md,
 * sessions 27 and 30).
 */
const LOOSE_QUOTATION_OVERLAP = 1 / 3;
/**
 * Words one quotation must end with that another starts with to be read as two overlapping excerpts of
 * one statement ("We are not sure if this is a miracle… All the 13 Wild Boars are now out of the cave"
 * / "All the 13 Wild Boars are now out of the cave. Hooyah!"): a run of this many words in a row,
 * verbatim, is no rewording. Five: a phrase of three or four ("the end of the") is common speech.
 */
const OVERLAP_RUN_WORDS = 5;

/** `a` ends with at least OVERLAP_RUN_WORDS of the words `b` starts with, and both have words beyond them. */
function excerptsOverlap(a: readonly string[], b: readonly string[]): boolean {
  for (let k = Math.min(a.length, b.length) - 1; k >= OVERLAP_RUN_WORDS; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = a[a.length - k + i] === b[i];
    if (same) return true;
  }
  return false;
}

type QuoteSpan = Claim['quotes'][number];

/** A quotation that may hold more than one sentence: an end mark, a space, a capital (splitSentences decides). */
const MAY_HOLD_SENTENCES = /[.!?]\s+\p{Lu}/u;
/**
 * A claim's quotations, each of several sentences cut into its sentences by the article's own splitter
 * (lib/text/sentences.ts: "U.S. Army" stays whole) ("We are not sure if this is a miracle. All 13 are
 * out."): another outlet quotes one of them, or words each of its own, and the sentences are compared
 * one with one, as a reader sets them side by side. Read once per claim.
 */
const quotedSentences = oncePer((c: Claim): readonly QuoteSpan[] => {
  if (!c.quotes.some((q) => MAY_HOLD_SENTENCES.test(q.text))) return c.quotes;
  return c.quotes.flatMap((q) => {
    const pieces = splitSentences(q.text);
    return pieces.length < 2 ? [q] : pieces.map((p) => ({ ...q, text: p.text, start: q.start + p.start, end: q.start + p.end }));
  });
});

/** A quotation's words, as a list and joined by spaces; its content words folded to concepts, as a list and a set. */
interface QuoteWords {
  list: string[];
  joined: string;
  /** Every word, clitics folded ("we'll" → we, will). */
  words: string[];
  /** Content words (no function word), each folded to its concept: "sharing" and "share", "Meta's" and "Meta" meet. */
  content: string[];
  set: Set<string>;
}

/**
 * English clitics folded before words are compared: "we’ll" is "we will", "I'm sharing" is "I am
 * sharing", "Meta's" is "Meta", "don't" is "do not". Grammar, so that a quotation written out by one
 * outlet and contracted by another is still one quotation.
 */
function unclitic(w: string): string[] {
  const n = /^(.+)n't$/.exec(w);
  if (n) return [n[1] === 'wo' ? 'will' : n[1] === 'ca' ? 'can' : (n[1] as string), 'not'];
  const c = /^(.+)'(?:m|re|ve|ll|d|s)$/.exec(w);
  return c ? [c[1] as string] : [w];
}

/**
 * Words per quotation, read once: an index sentence's quotation is compared with every page sentence
 * linked to it (thousands of links against a large index), and claims are never changed once read.
 */
const wordsOf = oncePer((q: QuoteSpan): QuoteWords => {
  // British and American spellings of one word are one word ("travellers" / "travelers").
  // A dash or other mark standing alone is no word.
  const list = quoteWords(q.text).map(spellingKey).filter((w) => /[\p{L}\d]/u.test(w));
  const words = list.flatMap(unclitic);
  const content = words.filter((w) => !STOPWORDS.has(w)).map(conceptOf);
  return { list, joined: list.join(' '), words, content, set: new Set(content) };
});

/** True when `set` holds a concept related to `w` (relatedConcepts). */
function relatedIn(w: string, set: ReadonlySet<string>): boolean {
  for (const r of relatedConcepts(w)) if (set.has(r)) return true;
  return false;
}

/** How many of `short`'s content words (with repeats) are among `long`'s, and of how many: function words ("to", "the") are left out, or any two quotations would share half their words. */
function sharedWords(short: QuoteWords, long: QuoteWords): { shared: number; short: number; long: number } {
  let n = 0;
  // A word of a related sense counts too ("preventable" / "avoidable"): a quotation translated back or
  // reworded keeps its sense, not its words (lib/text/concepts.ts relatedConcepts).
  for (const w of short.content) if (long.set.has(w) || relatedIn(w, long.set)) n++;
  return { shared: n, short: short.content.length, long: long.content.length };
}

/** The most words of `a` that `b` holds in the same order (their longest common subsequence). */
function inOrder(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) row[j + 1] = x === b[j] ? (prev[j] as number) + 1 : Math.max(prev[j + 1] as number, row[j] as number);
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Words a shorter quotation may lack or add against the run of the longer one it rewords: "I do not
 * expect moves of this size to be common" rewords "…, and I do not expect that movements of this size
 * will be common" (a run of its words two longer than the excerpt would be).
 */
const EXCERPT_SLACK = 2;

/**
 * The most of `short`'s content words that one run of `long`'s content words holds, runs as long as
 * `short` plus EXCERPT_SLACK: an outlet quoting a part of a long statement in other words quotes that
 * part, not the whole.
 */
function bestRun(short: QuoteWords, long: QuoteWords): { shared: number; run: number } {
  const run = Math.min(long.content.length, short.content.length + EXCERPT_SLACK);
  let best = 0;
  for (let from = 0; from + run <= long.content.length; from++) {
    const window = new Set(long.content.slice(from, from + run));
    let n = 0;
    for (const w of short.content) if (window.has(w)) n++;
    if (n > best) best = n;
  }
  return { shared: best, run };
}

/**
 * A claim's quoted words under a quotation's length (findQuotedWords), read as quotations are
 * (wordsOf), once per claim; those with no content word left out ("the", "and so").
 */
const quotedWordsOf = oncePer((c: Claim): Fragment[] =>
  findQuotedWords(c.text)
    .filter((q) => wordsOf(q).content.some((w) => /\p{L}/u.test(w)))
    .map((q) => ({ text: q.text, joined: wordsOf(q).joined, words: wordsOf(q) })));

/** A word or two quoted, its words read as a quotation's (wordsOf). */
interface Fragment {
  text: string;
  joined: string;
  words: QuoteWords;
}

/** Two quotations sharing half the shorter one's content words (`c`) read as one quotation: in order, and not a part of a longer one that holds much else. */
function oneQuotation(short: QuoteWords, long: QuoteWords, c: { shared: number; short: number; long: number }): boolean {
  if (inOrder(short.words, long.words) < SAME_QUOTATION_OVERLAP * short.words.length) return false;
  if (c.shared / Math.max(1, c.long) >= SAME_QUOTATION_OVERLAP) return true;
  // A part of the longer quotation, reworded: the same quotation when most words of the run are the shorter one's.
  const r = bestRun(short, long);
  return r.shared / Math.max(1, c.short) >= SAME_QUOTATION_OVERLAP && r.shared / Math.max(1, r.run) >= SAME_QUOTATION_OVERLAP;
}

/** An ellipsis inside a quotation: words the outlet left out ("...", "…", "[...]"). */
const ELLIPSIS = /\s*(?:\[\s*(?:\.\s?\.\s?\.|…)\s*\]|\.\s?\.\s?\.|…)\s*/g;

/** A quotation's pieces between ellipses, as its words are joined (wordsOf); read once per quotation, none without an ellipsis. */
const elidedPieces = oncePer((q: QuoteSpan): string[] => {
  if (!q.text.includes('…') && !/\.\s?\.\s?\./.test(q.text)) return [];
  return q.text.split(ELLIPSIS).map((p) => quoteWords(p).map(spellingKey).filter((w) => /[\p{L}\d]/u.test(w)).join(' ')).filter((p) => p.length > 0);
});

/**
 * A quotation with an ellipsis whose pieces all stand, in order, in the other quotation: the same
 * words with some left out ("I recognise ... given the situation" / "I recognise though, given the
 * situation"), quoted in part.
 */
function elidedFrom(q: QuoteSpan, other: QuoteWords): boolean {
  const pieces = elidedPieces(q);
  if (pieces.length < 2) return false;
  const hay = ` ${other.joined} `;
  let at = 0;
  for (const p of pieces) {
    const i = hay.indexOf(` ${p} `, at);
    if (i < 0) return false;
    at = i + p.length + 1;
  }
  return true;
}

/** The first of `short`'s quoted words found, as a run of words, inside one of `quotes`: a detail (quoted in part). */
function excerptOf(short: Claim, quotes: readonly QuoteSpan[], shortIsHere: boolean): readonly Difference[] {
  const fragments = quotedWordsOf(short);
  if (fragments.length === 0) return NONE;
  for (const f of fragments) for (const q of quotes) {
    if (!` ${wordsOf(q).joined} `.includes(` ${f.joined} `)) continue;
    const [here, there] = shortIsHere ? [f.text, q.text] : [q.text, f.text];
    return [{ kind: 'quote', severity: 'detail', here: `“${here}”`, there: `“${there}”` }];
  }
  return NONE;
}

/**
 * One word or two quoted on each side, and nothing else quoted: the speaker's word for the same thing
 * in linked sentences ("the handling of the calls had been “inadequate”" / "the police response had
 * been “insufficient”"). Other words: a detail, since only one can be what was said, but a scare quote
 * may also name a term rather than report a saying.
 */
function fragmentsApart(here: Claim, there: Claim): readonly Difference[] {
  const a = quotedWordsOf(here);
  const b = quotedWordsOf(there);
  if (a.length !== 1 || b.length !== 1) return fragmentsSharing(a, b);
  const x = a[0] as Fragment;
  const y = b[0] as Fragment;
  if (x.joined === y.joined) return NONE;
  return [{ kind: 'quote', severity: 'detail', here: `“${x.text}”`, there: `“${y.text}”` }];
}

/**
 * With several words or pairs of words quoted on a side, the two that share a content word (a related
 * sense counted) and differ ("the banking system “remains resilient”, … “effective tools”" / "… “a
 * full trust” … “stays resilient”"): the speaker's words told two ways, a detail as one fragment
 * against one is. Fragments that share no word are two things quoted, not one.
 */
function fragmentsSharing(a: readonly Fragment[], b: readonly Fragment[]): readonly Difference[] {
  for (const x of a) {
    for (const y of b) {
      if (x.joined === y.joined) continue;
      if (x.words.content.some((w) => y.words.set.has(w) || relatedIn(w, y.words.set))) return [{ kind: 'quote', severity: 'detail', here: `“${x.text}”`, there: `“${y.text}”` }];
    }
  }
  return NONE;
}

/**
 * The words inside quotation marks compared. Quoting a shorter excerpt of the same words is a detail
 * (quoted in part); different words for the same quotation is a conflict, since only one can be verbatim.
 */
export function compareQuotes(here: Claim, there: Claim): readonly Difference[] {
  if (here.quotes.length === 0 && there.quotes.length === 0) return fragmentsApart(here, there);
  if (here.quotes.length === 0 || there.quotes.length === 0) {
    // A word or two quoted from what the other side quotes whole ("called the officers “heroes”" /
    // "“These people are heroes, and they saved lives last night”"): quoted in part, a detail.
    const part = here.quotes.length > 0 ? excerptOf(there, here.quotes, false) : excerptOf(here, there.quotes, true);
    // Else the short fragments each side quotes, compared with each other (fragmentsSharing).
    return part.length > 0 ? part : fragmentsSharing(quotedWordsOf(here), quotedWordsOf(there));
  }
  const out: Difference[] = [];
  for (const a of quotedSentences(here)) {
    const wa = wordsOf(a);
    for (const b of quotedSentences(there)) {
      const wb = wordsOf(b);
      const [short, long] = wa.list.length <= wb.list.length ? [wa, wb] : [wb, wa];
      // The shorter one's words in a row inside the longer one's: an excerpt, not other words. The
      // reader is told that one outlet quoted only part ("mistake" / "…acknowledging our mistake."),
      // a detail, never a contradiction.
      if (long.joined.includes(short.joined)) {
        if (short.list.length < long.list.length) out.push({ kind: 'quote', severity: 'detail', here: `“${a.text}”`, there: `“${b.text}”` });
        break;
      }
      // The words with some left out at an ellipsis, or two excerpts of one longer statement that
      // overlap (one ends with the words the other starts with): quoted in part, a detail.
      if (elidedFrom(a, wb) || elidedFrom(b, wa) || excerptsOverlap(wa.list, wb.list) || excerptsOverlap(wb.list, wa.list)) {
        out.push({ kind: 'quote', severity: 'detail', here: `“${a.text}”`, there: `“${b.text}”` });
        break;
      }
      // Other words: the same quotation only when most words of each are the other's ("I got this
      // wrong, and I take responsibility" is not "I want to take responsibility for these decisions").
      const c = sharedWords(short, long);
      // A third to a half of the words in common: the same statement reworded (a translation back into
      // English, "The building is almost completely destroyed, so it is difficult to identify the
      // victims" / "The structure is nearly completely destroyed, so confirming identity takes
      // time"), or two statements of one speaker. Told as a detail, never a contradiction: which of
      // the two it is cannot be read from the words.
      const sharedOfShort = c.shared / Math.max(1, c.short);
      if (sharedOfShort >= LOOSE_QUOTATION_OVERLAP && sharedOfShort < SAME_QUOTATION_OVERLAP) {
        out.push({ kind: 'quote', severity: 'detail', here: `“${a.text}”`, there: `“${b.text}”` });
        break;
      }
      if (sharedOfShort < SAME_QUOTATION_OVERLAP) continue;
      // One quotation in other words (a contradiction: only one can be verbatim) when half the shorter
      // one's words, function words too, come in the same order, and, against a longer one, most words
      // of the run it rewords are its own. Else a detail (LOOSE_QUOTATION_OVERLAP): two quotations of
      // one speaker share content words easily ("I got this wrong, and I take responsibility for that"
      // / "I want to take responsibility for these decisions and for how we got here": 4 of 10 in order).
      out.push({ kind: 'quote', severity: oneQuotation(short, long, c) ? 'conflict' : 'detail', here: `“${a.text}”`, there: `“${b.text}”` });
      break;
    }
  }
  // No quotation of one side met the other's, but a word or two quoted on one side stands inside the
  // other's quotation ("said he was “deeply sorry”" / "“We're deeply sorry for the impact…”"): quoted in part.
  if (out.length === 0) {
    const part = excerptOf(here, there.quotes, true);
    return part.length > 0 ? part : excerptOf(there, here.quotes, false);
  }
  return out;
}
