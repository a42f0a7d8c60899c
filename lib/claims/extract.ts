import { findActs } from './actors';
import { readCertainty } from './certainty';
import { datelineEnd, datelinePlaceEnd, findDates, saidDates } from './dates';
import { isYearsSpan } from './years-since';
import { findRelativeTimes } from './durations';
import { capitalisedWords, findMentions, type MentionContext } from './entities';
import { sentenceFeatures } from './features';
import { findOrder } from './order';
import { findQuantities } from './quantities';
import { designatedNumbers } from './designations';
import { findQuotes, withoutQuotes } from './quotes';
import { claimId, type Claim } from './schema';
import { splitSentences } from '../text/sentences';

/** A figure grouped in thousands by commas ("41,000", "1,200,000"): English notation. */
const COMMA_THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/;

/** Block kinds whose sentences are claims; captions, labels and furniture are not. */
const CLAIM_KINDS = new Set(['headline', 'subhead', 'body']);

/** Everything Parallax reads from one sentence. `ref` is the article's date. */
export function extractClaim(
  sentence: { text: string; start: number; end: number; kind: Claim['kind'] },
  sourceId: string,
  index: number,
  ref: Date | null,
  names: MentionContext['names'] = new Set(),
  designated: ReadonlySet<string> = new Set(),
  pointDecimals = false,
): Claim {
  // A wire dateline's date and agency are the report's own (datelineEnd): blanked, offsets kept, they
  // date nothing said after them and count for nothing in matching; its place stays.
  const dateline = datelineEnd(sentence.text);
  const placeEnd = dateline ? sentence.text.indexOf(',') : 0;
  const text = dateline ? sentence.text.slice(0, placeEnd) + ' '.repeat(dateline - placeEnd) + sentence.text.slice(dateline) : sentence.text;
  // A dateline's place (datelinePlaceEnd) is where the report was filed: a matching feature, but no
  // one the sentence is about ("MAE SAI, Thailand – The last four boys…" is not about Mae Sai).
  const filedAt = datelinePlaceEnd(sentence.text, dateline);
  const mentions = findMentions(text, { names, titleCase: sentence.kind !== 'body' }).map((m) => (m.end <= filedAt && !m.locative ? { ...m, locative: true } : m));
  const quotes = findQuotes(text);
  const outside = withoutQuotes(text, quotes);
  // Dates of the report itself ("said on July 12") are no date of the fact, nor their days counts.
  const saidOn: { start: number; end: number }[] = [];
  const dates = findDates(text, ref, saidOn);
  // A record's span ("in nearly four years") is a date and a figure both: "four years" and "seven years"
  // of one record are two figures a reader wants set side by side (isYearsSpan).
  const notCounts = dates.some((d) => isYearsSpan(d.text)) ? dates.filter((d) => !isYearsSpan(d.text)) : dates;
  const quantities = findQuantities(text, saidOn.length ? [...notCounts, ...saidOn] : notCounts, designated, pointDecimals);
  const { features, clauses } = sentenceFeatures(text, mentions, quantities, dates);
  const firstMention = new Map<string, number>();
  // A state named only as a story's label ("the Country A payments story") is not among the entities that act.
  // Nor is a state named only as a place ("watched from South Africa"): it stays a matching feature.
  for (const m of mentions) if (!firstMention.has(m.entity) && !m.label && !m.locative) firstMention.set(m.entity, m.start);
  return {
    id: claimId(sourceId, index),
    sourceId,
    index,
    kind: sentence.kind,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    features,
    clauses,
    entities: [...firstMention.keys()],
    quantities,
    // A sentence dated only by its saying is dated by it for comparing (saidDates), not for matching:
    // features above were read without it, as a report's day is no evidence of one fact.
    dates: dates.length === 0 && saidOn.length === 1 ? saidDates(text, ref, saidOn[0] as { start: number; end: number }) : dates,
    relativeTimes: findRelativeTimes(text),
    quotes,
    certainty: readCertainty(outside),
    order: findOrder(text, mentions),
    acts: findActs(text, mentions),
  };
}

/** The claims of an article: every headline, sub-head and body sentence, with its place in the text. */
export function extractClaims(text: string, sourceId: string, ref: Date | null): Claim[] {
  const out: Claim[] = [];
  const sentences = splitSentences(text);
  // Names are read from capitals; which words the article capitalises mid-sentence is known only from all its body sentences.
  const names = capitalisedWords(sentences.filter((s) => s.kind === 'body').map((s) => text.slice(s.start, s.end)));
  // Numbers the article writes as part of a name ("Boeing 737") name the same thing in its other sentences.
  const designated = designatedNumbers(sentences.filter((s) => CLAIM_KINDS.has(s.kind)).map((s) => s.text));
  // An article that groups thousands with commas ("41,000") writes decimals with a point: its "4.531 km" is four and a half kilometres, not 4,531.
  const pointDecimals = COMMA_THOUSANDS.test(text);
  sentences.forEach((s, index) => {
    if (!CLAIM_KINDS.has(s.kind)) return;
    const claim = extractClaim({ ...s, kind: s.kind as Claim['kind'] }, sourceId, index, ref, names, designated, pointDecimals);
    // A sentence that names no state is not given the states of the sentences before it
    // (contextStates is left out): read across stories, most such sentences speak of something else
    // (a summit's host country, a translator's nationality), and the inherited state vetoed links
    // between outlets telling one fact (tuned stories: link recall 0.53 → 0.62, tests/corpus/TUNING.md).
    out.push(claim);
  });
  return out;
}
