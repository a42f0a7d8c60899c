import type { Claim } from '../claims/schema';
import { extractClaims } from '../claims/extract';
import { compareClaims } from '../compare/compare';
import { referenceDate } from '../index/build';
import { factId } from '../index/schema';
import { matchClaims, type Match, type Matcher } from '../match/matcher';
import { identifySource, sourcesByWording, type SourcesByWording } from './identify';
import { oncePer } from '../memo';
import { nameUuid } from './ids';
import type { Link, PageAnnotations } from './schema';
import { verdictOf } from './verdict';
import { softenRelativeDays } from './report-dates';

/** Characters of context kept on each side of a sentence (the W3C TextQuoteSelector's prefix/suffix). */
const CONTEXT_CHARS = 32;

/** The index's sentences by wording (sourcesByWording), made once per index: its claims never change. */
const wordingsOf: (indexClaims: readonly Claim[]) => SourcesByWording = oncePer(sourcesByWording);

/**
 * A page claim's link to an outlet's sentence, with what differs. Keys in the export's order; built
 * without spreading a conditional object, as a page has thousands of links against a large index.
 */
function linkOf(m: Matcher, claim: Claim, match: Match, pageDate: string | undefined): Link {
  const source = m.sources.get(match.claim.sourceId);
  const differences = softenRelativeDays(compareClaims(claim, match.claim), pageDate, source?.date);
  const sourceId = match.claim.sourceId;
  const outlet = source?.outlet ?? sourceId;
  const claimId = match.claim.id;
  const text = match.claim.text;
  const fact = m.index.facts[match.at] ?? factId(claimId);
  const score = Math.round(match.score * 1000) / 1000;
  const relation = differences.length > 0 ? 'differs' : 'agrees';
  const url = source?.url;
  const date = source?.date;
  if (url && date) return { sourceId, outlet, url, date, claimId, text, fact, score, relation, differences };
  if (url) return { sourceId, outlet, url, claimId, text, fact, score, relation, differences };
  if (date) return { sourceId, outlet, date, claimId, text, fact, score, relation, differences };
  return { sourceId, outlet, claimId, text, fact, score, relation, differences };
}

export interface PageInput {
  /** The article text as read from the page or file. */
  text: string;
  url: string;
  title?: string;
  /** Publication date (YYYY-MM-DD) if known; relative dates resolve against it. */
  date?: string;
}

export interface AnnotateOptions {
  /** Sources to leave out, as well as the one the page is recognised as. */
  exclude?: readonly string[];
  /** The page's claims when already read (pageClaims): the background reads them first to choose what to match against. */
  claims?: readonly Claim[];
}

/** A page's claims, read as annotatePage reads them (relative dates against its publication date). */
export function pageClaims(page: PageInput): Claim[] {
  return extractClaims(page.text, 'page', referenceDate(page.date));
}

/** For each of the page's claims, the ids of the outlets' sentences it was linked to (what the corpus keeps of a read page). */
export function linksByClaim(claims: readonly Claim[], page: PageAnnotations): string[][] {
  const byStart = new Map(page.annotations.map((a) => [a.start, a.links.map((l) => l.claimId)]));
  return claims.map((c) => byStart.get(c.start) ?? []);
}

/**
 * A page matched against an index: its claims, each claim's links (matchClaims, which reads the page
 * as a whole: which outlets tell its story, the order of its sentences), and what the page was
 * recognised as. Its annotations are built from it in parts (annotationsOf), in reading order, so the
 * background can send the first sentences' notes while it compares the rest: a link's differences
 * depend only on its own two sentences, so a part is final when it is built.
 */
export interface MatchedPage {
  page: PageInput;
  matcher: Matcher;
  claims: readonly Claim[];
  matches: readonly Match[][];
  recognizedAs: string | undefined;
  excluded: string[];
}

/** Reads (unless given) and matches a page's claims: everything of annotatePage but the comparing. */
export function matchPage(page: PageInput, m: Matcher, options: AnnotateOptions = {}): MatchedPage {
  const claims = options.claims ?? pageClaims(page);
  const recognizedAs = identifySource(claims, wordingsOf(m.index.claims));
  const excluded = [...new Set([...(options.exclude ?? []), ...(recognizedAs ? [recognizedAs] : [])])].sort();
  const matches = matchClaims(m, claims, new Set(excluded), page.date);
  return { page, matcher: m, claims, matches, recognizedAs, excluded };
}

/** The annotations of the matched page's claims `from` to `to` (claim positions, `to` excluded), each link compared. */
export function annotationsOf(matched: MatchedPage, from = 0, to = matched.claims.length): PageAnnotations['annotations'] {
  const { page, matcher: m, claims, matches } = matched;
  const annotations: PageAnnotations['annotations'] = [];
  for (let i = from; i < Math.min(to, claims.length); i++) {
    const claim = claims[i] as Claim;
    const links: Link[] = (matches[i] ?? []).map((match) => linkOf(m, claim, match, page.date));
    if (links.length === 0) continue;
    const disputed = links.some((l) => verdictOf(l) === 'conflict');
    annotations.push({
      id: nameUuid(`${page.url}\n${claim.start}\n${claim.text}`),
      text: claim.text,
      start: claim.start,
      end: claim.end,
      prefix: page.text.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start),
      suffix: page.text.slice(claim.end, claim.end + CONTEXT_CHARS),
      kind: claim.kind,
      status: disputed ? 'disputed' : 'corroborated',
      links,
    });
  }
  return annotations;
}

/**
 * Linked sentences in the first part of a page's reply: about a screenful of a news article. The
 * background sends them as soon as they are compared and compares the rest while the page highlights
 * them; on the benchmark's 2,000-word page against the seeds and 65 remembered articles, comparing
 * was half of annotatePage (14 of 28 ms in Node) and its 34 linked sentences carried 648 links.
 */
export const FIRST_PART_ANNOTATIONS = 6;

/**
 * The first `n` annotations of a matched page (more when the n-th's paragraph goes on), and the claim
 * position the rest starts at. A part ends only where a paragraph does: the page highlights a part as
 * it comes, highlighting splits the text nodes a sentence sits in, and the next sentence of the same
 * paragraph (the same text node) would then no longer be found where the page read it.
 */
export function firstAnnotations(matched: MatchedPage, n = FIRST_PART_ANNOTATIONS): { annotations: PageAnnotations['annotations']; next: number } {
  const { claims, page } = matched;
  const annotations: PageAnnotations['annotations'] = [];
  let next = 0;
  while (next < claims.length) {
    const previous = claims[next - 1];
    const claim = claims[next] as Claim;
    if (annotations.length >= n && previous && page.text.slice(previous.end, claim.start).includes('\n')) break;
    annotations.push(...annotationsOf(matched, next, next + 1));
    next++;
  }
  return { annotations, next };
}

/** The page's annotations record around some of its annotations (a part, or all of them). */
export function pageAnnotationsOf(matched: MatchedPage, annotations: PageAnnotations['annotations']): PageAnnotations {
  const { page, recognizedAs } = matched;
  return {
    url: page.url,
    ...(page.title ? { title: page.title } : {}),
    ...(page.date ? { date: page.date } : {}),
    ...(recognizedAs ? { recognizedAs } : {}),
    excluded: matched.excluded,
    claims: matched.claims.length,
    annotations,
  };
}

/**
 * Reads a page's claims, links each to the other outlets' sentences stating the same fact, and says
 * what differs. Runs unchanged in Node (CLI, eval) and in the extension.
 */
export function annotatePage(page: PageInput, m: Matcher, options: AnnotateOptions = {}): PageAnnotations {
  const matched = matchPage(page, m, options);
  return pageAnnotationsOf(matched, annotationsOf(matched));
}
