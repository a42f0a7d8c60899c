/**
 * Reads articles from a folder (Node only: the build, the CLI and the eval use it; the extension gets
 * the built index). Each `<name>.txt` or `<name>.html` may have a `<name>.meta.json` beside it;
 * without one, metadata is inferred from the text and marked as inferred.
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleFromHtml } from '../lib/extract/article';
import { ArticleMetaSchema, type Article, type ArticleMeta } from '../lib/seeds/metadata';
import { splitBlocks } from '../lib/text/blocks';
import { parseHTML } from 'linkedom';

const ARTICLE_FILE = /\.(txt|html?)$/i;

function inferMeta(id: string, text: string): ArticleMeta {
  const headline = splitBlocks(text).find((b) => b.kind === 'headline');
  const title = headline ? text.slice(headline.start, headline.end) : id;
  return { outlet: `Unknown outlet (${id})`, title, language: 'en', inferred: ['outlet', 'title', 'language'] };
}

/** Plain text of an article file: HTML goes through the same extraction the extension uses. */
export function readArticleText(file: string): { text: string; title?: string; date?: string } {
  const raw = fs.readFileSync(file, 'utf8');
  if (!/\.html?$/i.test(file)) return { text: raw };
  const { document } = parseHTML(raw);
  const article = articleFromHtml(document as unknown as Document);
  if (!article) throw new Error(`${file}: no article text found in the HTML`);
  return { text: article.text, ...(article.title ? { title: article.title } : {}), ...(article.date ? { date: article.date } : {}) };
}

export function readArticle(file: string): Article {
  const id = path.basename(file).replace(ARTICLE_FILE, '');
  const { text, title, date } = readArticleText(file);
  if (text.trim().length === 0) throw new Error(`${file}: the article body is empty`);
  const metaFile = file.replace(ARTICLE_FILE, '.meta.json');
  let meta: ArticleMeta;
  if (fs.existsSync(metaFile)) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    } catch (e) {
      throw new Error(`${metaFile}: not valid JSON (${(e as Error).message})`);
    }
    const r = ArticleMetaSchema.safeParse(data);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(`${metaFile}: field "${issue?.path.join('.') || '(root)'}": ${issue?.message}`);
    }
    meta = r.data;
  } else {
    meta = inferMeta(id, text);
    if (title) meta = { ...meta, title, inferred: meta.inferred.filter((f) => f !== 'title') };
    // A date the page itself states (article:published_time, <time datetime>) is not inferred.
    if (date) meta = { ...meta, date };
  }
  return { id, meta, text };
}

/** Every article in a folder, sorted by file name. */
export function readArticles(dir: string): Article[] {
  return fs
    .readdirSync(dir)
    .filter((f) => ARTICLE_FILE.test(f))
    .sort()
    .map((f) => readArticle(path.join(dir, f)));
}
