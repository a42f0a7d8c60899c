import { buildIndex } from '../index/build';
import type { Index } from '../index/schema';
import type { Article } from '../seeds/metadata';
import { corpusIdOf, textHashOf } from './identity';

/** What the index builder needs of a remembered article. */
export interface CorpusArticleInput {
  id: string;
  url: string;
  outlet: string;
  title: string;
  date?: string | undefined;
  text: string;
}

/** A remembered article as the index builder takes it. Its language is not known, so it is marked inferred. */
export function articleOf(a: CorpusArticleInput): Article {
  return {
    id: a.id,
    meta: { outlet: a.outlet, title: a.title, language: 'en', url: a.url, ...(a.date ? { date: a.date } : {}), inferred: ['language'] },
    text: a.text,
  };
}

/** Claim positions of each source, in the index's order. */
function blocks(index: Index): Map<string, number[]> {
  const by = new Map<string, number[]>();
  index.claims.forEach((c, i) => {
    const list = by.get(c.sourceId);
    if (list) list.push(i);
    else by.set(c.sourceId, [i]);
  });
  return by;
}

/**
 * One index holding two: the bundled seeds' and the reader's corpus (each built by buildIndex). Sources
 * sorted by id and claims grouped by source in that order, as buildIndex leaves them; each side's facts
 * and links are kept and renumbered. Facts are not joined across the two sides: a page is matched
 * against every claim of both, and the fact ids only group what each index linked itself.
 * Throws when both hold a source with the same id.
 */
export function mergeIndexes(a: Index, b: Index): Index {
  if (b.sources.length === 0) return a;
  if (a.sources.length === 0) return b;
  if (a.version !== b.version) throw new Error(`cannot merge index version ${a.version} with ${b.version}`);
  const ids = new Set(a.sources.map((s) => s.id));
  const clash = b.sources.find((s) => ids.has(s.id));
  if (clash) throw new Error(`${clash.id}: in both indexes`);
  const sides = [a, b] as const;
  const sources = [...a.sources.map((s) => ({ s, side: 0 })), ...b.sources.map((s) => ({ s, side: 1 }))].sort((x, y) => x.s.id.localeCompare(y.s.id));
  const remap = [new Int32Array(a.claims.length).fill(-1), new Int32Array(b.claims.length).fill(-1)];
  const order: { side: number; at: number }[] = [];
  const byBlock = [blocks(a), blocks(b)];
  for (const { s, side } of sources) {
    for (const at of byBlock[side]?.get(s.id) ?? []) {
      (remap[side] as Int32Array)[at] = order.length;
      order.push({ side, at });
    }
  }
  // Claims of a source the index does not list (never made by buildIndex) go last, in their order.
  sides.forEach((idx, side) => idx.claims.forEach((_, at) => {
    if ((remap[side] as Int32Array)[at] === -1) {
      (remap[side] as Int32Array)[at] = order.length;
      order.push({ side, at });
    }
  }));
  return {
    version: a.version,
    generator: a.generator,
    sources: sources.map((x) => x.s),
    claims: order.map(({ side, at }) => (sides[side] as Index).claims[at] as Index['claims'][number]),
    facts: order.map(({ side, at }) => (sides[side] as Index).facts[at] as string),
    neighbors: order.map(({ side, at }) => ((sides[side] as Index).neighbors[at] ?? []).map((n) => (remap[side] as Int32Array)[n] as number)),
  };
}

/** The reader's corpus as an index of its own (claims, facts and links among the remembered articles). */
export function corpusIndex(articles: readonly CorpusArticleInput[], generator: string): Index {
  return buildIndex(articles.map(articleOf), generator);
}

/** What the background keeps of each remembered article to recognise a page as one of them. */
export interface CatalogEntry {
  id: string;
  url: string;
  textHash: string;
}

/**
 * The corpus articles that are this page itself: the one read at the same URL, and any with the same
 * normalised text under another URL (AMP, print view, syndicated copy). A page is never linked to these.
 */
export function selfIds(catalog: readonly CatalogEntry[], page: { url: string; text: string }): string[] {
  const id = corpusIdOf(page.url);
  const hash = textHashOf(page.text);
  return catalog.filter((e) => e.id === id || e.textHash === hash).map((e) => e.id);
}
