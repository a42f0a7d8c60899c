import { isOtherStory, judgedOnce, nameOverlap, sharedNames, type StoryMarks } from '../match/same-story';
import type { CatalogMarks } from './marks';

/**
 * Most remembered articles a page is matched against. A story is told by tens of outlets over days,
 * updates included; the articles past this many that still pass same-story judging share only a few
 * of the page's names (look-alikes: another attack on the same base, the next rate decision), and
 * ranking by shared names puts them last. It bounds what a page costs however large the corpus grows:
 * each candidate's claims are read from IndexedDB and matched. Measured on the benchmark's synthetic
 * 10,000 articles: the dated 2k-word page keeps 80 by the same-story rule alone (the cap does not bind);
 * the same page undated keeps 537, look-alikes included, and then the cap decides (annotating it
 * against all 537 took 592 ms in Node, first run).
 */
export const MAX_CANDIDATE_ARTICLES = 150;

interface Ranked {
  id: string;
  overlap: number;
  shared: number;
  gap: number;
}

/**
 * The remembered articles a page is matched against: those same-story judging keeps (lib/match/
 * same-story.ts, the rule the matcher applies to every source), minus the page itself, ranked by the
 * share of names they have in common with it, then by how many, then by closeness in time, then by
 * id, and cut at `max`. Within the cap this is exactly the set the matcher would keep of the whole
 * corpus; the cap only decides which of the weakest stay out.
 */
export function candidatesFor(page: StoryMarks, catalog: Iterable<CatalogMarks>, exclude: ReadonlySet<string>, max = MAX_CANDIDATE_ARTICLES): string[] {
  const kept: Ranked[] = [];
  const self = judgedOnce(page);
  const day = self.day ?? null;
  for (const a of catalog) {
    if (exclude.has(a.id) || isOtherStory(self, a)) continue;
    const gap = day === null || a.day === null || a.day === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(day - a.day);
    kept.push({ id: a.id, overlap: nameOverlap(page.names, a.names), shared: sharedNames(page.names, a.names), gap });
  }
  kept.sort((x, y) => y.overlap - x.overlap || y.shared - x.shared || x.gap - y.gap || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return kept.slice(0, max).map((r) => r.id);
}
