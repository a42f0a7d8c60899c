/**
 * Stories: the index's articles grouped by the facts they share. Two articles that report at least
 * `minShared` of the same facts (the index's fact ids) are on one story, and so is every article
 * linked to them that way (connected components). Pure: the background runs it on the merged index,
 * the tests on hand-made ones.
 */

/** What grouping needs of an article. */
export interface StoryArticle {
  id: string;
  outlet: string;
  title: string;
  date?: string | undefined;
  url?: string | undefined;
}

/** What grouping needs of an index: its articles, and each claim's article and fact (same order). */
export interface StoryIndex {
  sources: readonly StoryArticle[];
  claims: readonly { sourceId: string }[];
  facts: readonly string[];
}

export interface Story {
  /** The id of its earliest article (by date, then id): stable while the story only grows later. */
  id: string;
  /** Earliest first; undated ones last; by outlet, then id, among equals. */
  articles: StoryArticle[];
}

/** Facts two articles must share to be on one story: one shared sentence can be a coincidence ("power was cut"). */
export const STORY_MIN_SHARED = 2;
/**
 * A fact stated by more articles than this is a commonplace of many stories (a boilerplate line), not
 * evidence that they are one; it is not counted, which also keeps grouping linear in a large corpus.
 */
export const STORY_MAX_FACT_SPREAD = 50;

const UNDATED = '9999-99-99';

/** Earliest first, undated last, then outlet, then id (code-unit order: locale-independent). */
export function byDate(a: StoryArticle, b: StoryArticle): number {
  const x = a.date ?? UNDATED;
  const y = b.date ?? UNDATED;
  if (x !== y) return x < y ? -1 : 1;
  if (a.outlet !== b.outlet) return a.outlet < b.outlet ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

class Components {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression.
    for (let y = x, p = this.parent.get(y); p !== undefined && p !== root; y = p, p = this.parent.get(y)) this.parent.set(y, root);
    return root;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent.set(x < y ? y : x, x < y ? x : y);
  }
}

/** How many facts each pair of articles shares (pairs keyed "a\nb" with a < b). */
function sharedFacts(index: StoryIndex, maxSpread: number): Map<string, number> {
  const byFact = new Map<string, Set<string>>();
  index.claims.forEach((c, i) => {
    const fact = index.facts[i];
    if (fact === undefined) return;
    let set = byFact.get(fact);
    if (!set) byFact.set(fact, (set = new Set()));
    set.add(c.sourceId);
  });
  const pairs = new Map<string, number>();
  for (const set of byFact.values()) {
    if (set.size < 2 || set.size > maxSpread) continue;
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\n${ids[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

/**
 * Every story of the index with at least two articles, largest first (then by id). An article that
 * shares fewer than `minShared` facts with every other is on no story.
 */
export function storiesOf(index: StoryIndex, minShared = STORY_MIN_SHARED, maxSpread = STORY_MAX_FACT_SPREAD): Story[] {
  const parts = new Components();
  for (const [key, n] of sharedFacts(index, maxSpread)) {
    if (n < minShared) continue;
    const [a, b] = key.split('\n') as [string, string];
    parts.union(a, b);
  }
  const groups = new Map<string, StoryArticle[]>();
  for (const s of index.sources) {
    const root = parts.find(s.id);
    const list = groups.get(root);
    if (list) list.push(s);
    else groups.set(root, [s]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const articles = [...g].sort(byDate);
      return { id: (articles[0] as StoryArticle).id, articles };
    })
    .sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The articles a page shares at least `minShared` facts with (its links' distinct facts per article):
 * the page is on their story. Works on a page's links alone, so an article remembered a moment ago,
 * whose links to older ones wait for the next full build of the corpus index, still counts.
 */
export function storySeeds(links: readonly { sourceId: string; fact: string }[], minShared = STORY_MIN_SHARED): string[] {
  const facts = new Map<string, Set<string>>();
  for (const l of links) {
    let set = facts.get(l.sourceId);
    if (!set) facts.set(l.sourceId, (set = new Set()));
    set.add(l.fact);
  }
  return [...facts].filter(([, set]) => set.size >= minShared).map(([id]) => id).sort();
}

/**
 * The page's story: its seed articles (storySeeds) and every story they are on, earliest first.
 * Empty when there is no seed.
 */
export function storyOfPage(stories: readonly Story[], sources: readonly StoryArticle[], seeds: readonly string[]): StoryArticle[] {
  const wanted = new Set(seeds);
  const out = new Map<string, StoryArticle>();
  for (const story of stories) {
    if (!story.articles.some((a) => wanted.has(a.id))) continue;
    for (const a of story.articles) out.set(a.id, a);
  }
  for (const s of sources) if (wanted.has(s.id)) out.set(s.id, s);
  return [...out.values()].sort(byDate);
}

/** One outlet on a story, with each of its articles (its versions: an update is a second one), earliest first. */
export interface OutletOnStory<A extends StoryArticle = StoryArticle> {
  outlet: string;
  versions: A[];
}

/**
 * A story's articles by outlet: outlets in the order of their first report (undated last), each
 * outlet's articles earliest first. Outlet names are compared without case and surrounding space.
 */
export function outletsOnStory<A extends StoryArticle>(articles: readonly A[]): OutletOnStory<A>[] {
  const by = new Map<string, OutletOnStory<A>>();
  for (const a of [...articles].sort(byDate)) {
    const key = a.outlet.trim().toLowerCase();
    const entry = by.get(key);
    if (entry) entry.versions.push(a);
    else by.set(key, { outlet: a.outlet, versions: [a] });
  }
  return [...by.values()];
}

/** The page on screen, as the story lists it when its own copy is not among the story's articles. */
export interface StoryPage {
  url: string;
  title?: string | undefined;
  date?: string | undefined;
  /** The indexed article the page was recognised as (its own copy in the index), if any. */
  recognizedAs?: string | undefined;
}

/** A story's article with whether it is the page on screen. */
export type StoryRow = StoryArticle & { self: boolean };

/** The page's own outlet when it is not remembered: its host, as the corpus names an outlet without og:site_name. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'This page';
  }
}

/**
 * The rows of the story view: the story's articles, the page among them marked. A page recognised as
 * one of the indexed articles (a seed, a remembered article under another address) is that article,
 * not a second report beside it; a page the index does not hold is added under its host.
 */
export function storyRows(articles: readonly (StoryArticle & { self?: boolean })[], page: StoryPage): StoryRow[] {
  const rows: StoryRow[] = articles.map((a) => ({ ...a, self: Boolean(a.self) || a.id === page.recognizedAs }));
  if (!rows.some((r) => r.self)) rows.push({ id: 'this-page', outlet: hostOf(page.url), title: page.title ?? page.url, date: page.date, url: page.url, self: true });
  return rows;
}
