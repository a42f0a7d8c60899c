/**
 * `npm run eval -- --mixed`: the corpus stories in one index, as a reader's corpus mixes the stories
 * they follow. Each story's pages are annotated against that index and scored on the story's own gold;
 * a link into another story is a false link there, and is also counted apart: a highlight tying a page
 * to an unrelated event is the error a reader forgives least. The seed story is left out: its gold's
 * second set of pages is written against the seeds alone.
 */
import { annotatePage } from '../lib/annotate/annotate';
import type { PageAnnotations } from '../lib/annotate/schema';
import { score, type Metrics } from '../lib/eval/score';
import { buildIndex } from '../lib/index/build';
import { createMatcher } from '../lib/match/matcher';
import type { Article } from '../lib/seeds/metadata';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticles } from './articles';
import type { Gold } from '../lib/eval/gold';

export interface MixedStory { name: string; gold: Gold; dirs: readonly string[] }
export interface MixedResult {
  articles: number;
  stories: { name: string; metrics: Metrics }[];
  /** Links from a story's page into another story's article, and how many of them show a conflict. */
  crossLinks: number;
  crossConflicts: number;
  crossExamples: string[];
}

export function evaluateMixed(stories: readonly MixedStory[]): MixedResult {
  const read = stories.map((s) => ({ ...s, all: new Map<string, Article>(s.dirs.flatMap((d) => readArticles(d)).map((a) => [a.id, a])) }));
  const storyOf = new Map<string, string>();
  const articles: Article[] = [];
  for (const s of read) for (const id of s.gold.index) {
    const a = s.all.get(id);
    if (!a) throw new Error(`${s.name}: no article "${id}"`);
    if (storyOf.has(id)) throw new Error(`${s.name}: article id "${id}" is also in ${storyOf.get(id)}`);
    storyOf.set(id, s.name);
    articles.push(a);
  }
  const index = buildIndex(articles, `parallax ${PARALLAX_VERSION}`);
  const matcher = createMatcher(index);
  const claimStarts = new Map(index.claims.map((c) => [c.id, c.start]));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const out: MixedResult = { articles: articles.length, stories: [], crossLinks: 0, crossConflicts: 0, crossExamples: [] };
  for (const s of read) {
    const pages = new Map<string, PageAnnotations>();
    for (const id of s.gold.pages) {
      const a = s.all.get(id) as Article;
      const page = annotatePage({ text: a.text, url: `urn:parallax:source:${id}`, ...(a.meta.date ? { date: a.meta.date } : {}) }, matcher);
      for (const an of page.annotations) for (const l of an.links) {
        if (storyOf.get(l.sourceId) === s.name) continue;
        out.crossLinks++;
        if (l.differences.some((d) => d.severity === 'conflict')) out.crossConflicts++;
        out.crossExamples.push(`${id} “${an.text.slice(0, 70)}” → ${l.sourceId} “${l.text.slice(0, 70)}”`);
      }
      pages.set(id, page);
    }
    out.stories.push({ name: s.name, metrics: score(s.gold, texts, pages, claimStarts) });
  }
  return out;
}
