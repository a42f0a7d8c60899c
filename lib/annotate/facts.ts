import type { Difference } from '../compare/difference';
import { numberAxis, type NumberAxis } from '../compare/number-axis';
import { describeDifference } from '../export/summary';
import type { IndexStatus, PageState } from '../messages';
import { emphasize, type Run } from './emphasis';
import { outletCount } from './outlet-count';
import type { PageAnnotations, SentenceAnnotation } from './schema';
import { verdictOf, type Verdict } from './verdict';
import { isChangeBetweenReports } from './report-dates';

/** How the page sentence is labelled on number axes. */
export const PAGE_LABEL = 'This page';

/** A run of text; an emphasised one is `conflict` when its wording is part of a conflicting difference (else a detail). */
export type MarkedRun = Run & { conflict: boolean };

/** One other outlet's sentence for a fact, as the popup shows it. */
export interface OutletView {
  sourceId: string;
  /** Their sentence's id in the index: an outlet stating the fact twice has two views. */
  claimId: string;
  outlet: string;
  url?: string;
  /** Their article's publication date (YYYY-MM-DD), when known. */
  date?: string;
  /**
   * Every conflict is a figure or date that changed between reports published days apart
   * (report-dates.ts): shown as "Changed between reports"; `verdict` stays `conflict`.
   */
  changed: boolean;
  /** Their sentence. */
  text: string;
  relation: 'agrees' | 'differs';
  /** The badge: `conflict` when any difference is a conflict, else `differs` or `agrees`. */
  verdict: Verdict;
  differences: Difference[];
  /** Their sentence in runs, the differing wording (`there`) emphasised. */
  emphasis: MarkedRun[];
  /** Each difference in plain words ("Number conflicts — here: …; Outlet B: …"). */
  descriptions: string[];
}

/** One fact of the page, compared across outlets. */
export interface FactView {
  /** The annotation id (what `reveal` takes). */
  id: string;
  /** The page's sentence. */
  sentence: string;
  kind: SentenceAnnotation['kind'];
  status: SentenceAnnotation['status'];
  /** Conflicting differences over all outlets. */
  conflicts: number;
  /** Compatible differences (details) over all outlets. */
  details: number;
  /** Other outlets stating the fact (an outlet with two sentences counts once). */
  outletCount: number;
  /** Outlets with a conflict first, then differing, then agreeing; an outlet's sentences together (byOutlet). */
  outlets: OutletView[];
  /** The page sentence in runs, the page's differing wording (`here`) emphasised. */
  pageEmphasis: MarkedRun[];
  /** Number differences to chart. */
  axes: NumberAxis[];
  /** Outlets in the index that do not report this fact (besides this page's own and excluded ones). */
  blindspot: string[];
}

/** A difference's wording, split where the engine joined several cues ("may have; According to …"). */
function wordings(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(/;\s+/));
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * `text` with one side's differing wording emphasised. A wording that conflicts with any outlet is
 * marked as a conflict even when it is only a detail for another ("53 killed": one outlet's 89
 * conflicts, another's "dozens" does not).
 */
function marked(text: string, differences: readonly Difference[], side: 'here' | 'there'): MarkedRun[] {
  const conflicting = new Set(wordings(differences.filter((d) => d.severity === 'conflict').map((d) => d[side])).map(norm));
  return emphasize(text, wordings(differences.map((d) => d[side]))).map((r) => ({ ...r, conflict: r.em && conflicting.has(norm(r.text)) }));
}

const VERDICT_RANK = { conflict: 0, differs: 1, agrees: 2 } as const;

function outletView(link: SentenceAnnotation['links'][number], pageDate: string | undefined): OutletView {
  const verdict = verdictOf(link);
  return {
    sourceId: link.sourceId,
    claimId: link.claimId,
    outlet: link.outlet,
    ...(link.url ? { url: link.url } : {}),
    ...(link.date ? { date: link.date } : {}),
    changed: isChangeBetweenReports(link, pageDate),
    text: link.text,
    relation: link.relation,
    verdict,
    differences: link.differences,
    emphasis: marked(link.text, link.differences, 'there'),
    descriptions: link.differences.map((d) => describeDifference(d, link.outlet, { here: pageDate, there: link.date })),
  };
}

/**
 * Outlets with a conflict first, then those that differ, then those that agree (each by its most
 * serious sentence); an outlet's sentences side by side, the most serious first; link order otherwise.
 */
function byOutlet(views: readonly OutletView[]): OutletView[] {
  const rank = new Map<string, number>();
  for (const v of views) rank.set(v.sourceId, Math.min(rank.get(v.sourceId) ?? Infinity, VERDICT_RANK[v.verdict]));
  const first = new Map<string, number>();
  views.forEach((v, i) => first.set(v.sourceId, first.get(v.sourceId) ?? i));
  const keyed = views.map((v) => ({ v, outlet: rank.get(v.sourceId) ?? 0, at: first.get(v.sourceId) ?? 0, own: VERDICT_RANK[v.verdict] }));
  return keyed.sort((a, b) => a.outlet - b.outlet || a.at - b.at || a.own - b.own).map((x) => x.v);
}

function group(f: FactView): number {
  return f.conflicts > 0 ? 0 : f.details > 0 ? 1 : 2;
}

/**
 * The popup's list: each annotated sentence with the outlets' wording side by side, what differs,
 * number axes and the indexed outlets that report the page's story but not this fact. Facts with conflicts come first (most
 * conflicts first), then those with details, then agreements; page order within each group.
 */
export function comparePage(page: PageAnnotations, sources: readonly { id: string; outlet: string }[]): FactView[] {
  const left = new Set([...(page.recognizedAs ? [page.recognizedAs] : []), ...page.excluded]);
  // Only outlets that report the page's story (linked to any of its sentences) can miss one of its
  // facts: with the reader's corpus the index holds many stories, and an outlet that never covered
  // this one is no blindspot.
  const story = new Set(page.annotations.flatMap((a) => a.links.map((l) => l.sourceId)));
  const facts = page.annotations.map((a): FactView => {
    const all = a.links.flatMap((l) => l.differences);
    const linked = new Set(a.links.map((l) => l.sourceId));
    return {
      id: a.id,
      sentence: a.text,
      kind: a.kind,
      status: a.status,
      conflicts: all.filter((d) => d.severity === 'conflict').length,
      details: all.filter((d) => d.severity === 'detail').length,
      outletCount: outletCount(a.links),
      outlets: byOutlet(a.links.map((l) => outletView(l, page.date))),
      pageEmphasis: marked(a.text, all, 'here'),
      axes: numberAxis(a, PAGE_LABEL, page.date),
      blindspot: [...new Set(sources.filter((s) => story.has(s.id) && !left.has(s.id) && !linked.has(s.id)).map((s) => s.outlet))],
    };
  });
  return facts.sort((x, y) => group(x) - group(y) || (group(x) === 0 ? y.conflicts - x.conflicts : 0));
}

/** What the popup knows about its tab: the content script's state, or why there is none. */
export type TabState =
  | PageState
  /** No content script answered: a browser page, or a tab opened before Parallax was installed. */
  | { state: 'unreachable' }
  /** Still `working` when the popup stopped asking. */
  | { state: 'timeout'; url: string };

/** The popup's main view: a message in plain words, or the page's facts. */
export type PageView =
  | { kind: 'message'; tone: 'info' | 'error'; message: string }
  | {
      kind: 'facts';
      title: string;
      url: string;
      facts: FactView[];
      /** Facts with at least one conflict. */
      disputed: number;
      /** How many facts are highlighted in the page. */
      highlighted: number;
      /** Shown when there are no facts. */
      empty: string | null;
      notSaved: string | null;
    };

export const MESSAGES = {
  unreachable: 'Parallax cannot read this tab (a browser page, or a page opened before Parallax was installed: reload it).',
  working: 'Still reading this page…',
  timeout: 'Parallax is still reading this page. Close and reopen this window to check again.',
  disabled: 'Parallax is off for this site.',
  notArticle: 'This page is not an article Parallax can read.',
  noFacts: 'No fact from the index appears on this page.',
  indexError: (error: string) => `The index failed to load: ${error}`,
} as const;

/** Decides what the popup shows for a tab, given the index's sources (for the blindspots). */
export function pageView(tab: TabState, index: IndexStatus | null): PageView {
  switch (tab.state) {
    case 'unreachable': return { kind: 'message', tone: 'info', message: MESSAGES.unreachable };
    case 'working': return { kind: 'message', tone: 'info', message: MESSAGES.working };
    case 'timeout': return { kind: 'message', tone: 'info', message: MESSAGES.timeout };
    case 'disabled': return { kind: 'message', tone: 'info', message: MESSAGES.disabled };
    case 'not-article': return { kind: 'message', tone: 'info', message: MESSAGES.notArticle };
    case 'index-error': return { kind: 'message', tone: 'error', message: MESSAGES.indexError(tab.error) };
    case 'annotated': {
      const facts = comparePage(tab.page, index?.ok ? index.sources : []);
      return {
        kind: 'facts',
        title: tab.page.title ?? tab.page.url,
        url: tab.page.url,
        facts,
        disputed: facts.filter((f) => f.status === 'disputed').length,
        highlighted: tab.highlighted,
        empty: facts.length === 0 ? MESSAGES.noFacts : null,
        notSaved: tab.notSaved,
      };
    }
  }
}
