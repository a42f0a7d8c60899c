import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractClaim } from '../lib/claims/extract';
import type { Claim } from '../lib/claims/schema';
import { seedPages } from '../scripts/pages';
import { annotatePage } from '../lib/annotate/annotate';
import type { PageAnnotations } from '../lib/annotate/schema';
import { messageWeight } from '../lib/messages';
import { createMatcher } from '../lib/match/matcher';
import { readArticles } from '../scripts/articles';
import { buildSeedIndex, SEEDS_DIR } from '../scripts/seed-index';

/** August 2020, the seeds' story. */
export const REF = new Date('2020-08-17T00:00:00Z');

/** One sentence as a body claim of a named source. */
export function claim(text: string, sourceId = 'test', index = 0): Claim {
  return extractClaim({ text, start: 0, end: text.length, kind: 'body' }, sourceId, index, REF);
}

/** A seed article's text, as bundled in seeds/. */
export function seed(id: string): string {
  return fs.readFileSync(`seeds/${id}.txt`, 'utf8');
}

/** A page's HTML parsed as the background and the CLI parse it (linkedom). */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The demo's news page (header, teasers, comments, footer) around a seed article, by id prefix ("000_"). */
export function seedPageHtml(prefix: string): string {
  const page = seedPages().find((p) => p.sourceId.startsWith(prefix));
  if (!page) throw new Error(`no seed page ${prefix}`);
  return page.html;
}

let seedAnnotations: PageAnnotations['annotations'] | undefined;
/** A long page's annotations: every seed page's, annotated once per test file, repeated `times` times. */
export function manyAnnotations(times: number): PageAnnotations {
  seedAnnotations ??= (() => {
    const matcher = createMatcher(buildSeedIndex());
    return readArticles(SEEDS_DIR).flatMap((a) => annotatePage({ text: a.text, url: `https://example.test/${a.id}` }, matcher).annotations);
  })();
  const annotations = Array.from({ length: times }, () => seedAnnotations ?? []).flat();
  return { url: 'https://example.test/all', excluded: [], claims: annotations.length, annotations };
}

/** Links and sentences of a page's annotations: what a message carries. */
export const weightOf = (page: PageAnnotations): number => page.annotations.reduce((n, a) => n + messageWeight(a), 0);
