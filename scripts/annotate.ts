/**
 * npm run annotate -- <article.txt | article.html> [--format json|md|csv] [--exclude <sourceId>]... [--index <index.json>] [--corpus <export.json | folder>]
 * Prints, for every sentence of the article that states a fact other indexed outlets also reported,
 * their sentences and what differs. `--corpus` adds a reader's corpus to the index, as the extension
 * does: the manager's export file, or a folder of .txt/.html articles with optional .meta.json sidecars.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { annotatePage } from '../lib/annotate/annotate';
import { toCsv } from '../lib/export/csv';
import { toMarkdown } from '../lib/export/markdown';
import { toW3C } from '../lib/export/w3c';
import { parseIndex } from '../lib/index/schema';
import { createMatcher } from '../lib/match/matcher';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticle, readArticles } from './articles';
import { parseCorpusExport } from '../lib/corpus/export';
import { corpusIdOf } from '../lib/corpus/identity';
import { corpusIndex, mergeIndexes, selfIds, type CorpusArticleInput } from '../lib/corpus/merge';
import { textHashOf } from '../lib/corpus/identity';
import type { Index } from '../lib/index/schema';
import { buildSeedIndex } from './seed-index';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run annotate -- <article.txt|article.html> [--format json|md|csv] [--exclude <sourceId>] [--index <index.json>] [--url <page url>] [--created <ISO date>] [--corpus <export.json | folder>]';

/**
 * A reader's corpus from the manager's export file or from a folder of articles. A folder's articles
 * keep their file names as ids (prefixed like the extension's), their sidecar's outlet, title, date and
 * URL; without a URL they are named by their file.
 */
function readCorpus(where: string): CorpusArticleInput[] {
  if (fs.statSync(where).isDirectory()) {
    return readArticles(where).map((a) => ({
      id: corpusIdOf(a.meta.url ?? pathToFileURL(path.resolve(where, a.id)).href),
      url: a.meta.url ?? pathToFileURL(path.resolve(where, a.id)).href,
      outlet: a.meta.outlet,
      title: a.meta.title,
      date: a.meta.date,
      text: a.text,
    }));
  }
  return parseCorpusExport(fs.readFileSync(where, 'utf8'), where).map((e) => ({ id: corpusIdOf(e.url), ...e }));
}

/** The index with the corpus merged in, and the corpus ids that are the page itself (never linked to it). */
function withCorpus(index: Index, where: string, page: { url: string; text: string }): { index: Index; self: string[] } {
  const articles = readCorpus(where);
  const ids = new Set<string>();
  const unique = articles.filter((a) => !ids.has(a.id) && ids.add(a.id));
  const corpus = corpusIndex(unique, index.generator);
  return { index: mergeIndexes(index, corpus), self: selfIds(unique.map((a) => ({ id: a.id, url: a.url, textHash: textHashOf(a.text) })), page) };
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      exclude: { type: 'string', multiple: true, default: [] },
      index: { type: 'string' },
      created: { type: 'string' },
      url: { type: 'string' },
      corpus: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const format = values.format ?? 'json';
  if (!['json', 'md', 'csv'].includes(format)) {
    console.error(`--format: "${format}" is not one of json, md, csv`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`${file}: no such file`);
    return 1;
  }
  if (values.corpus && !fs.existsSync(values.corpus)) {
    console.error(`--corpus: ${values.corpus}: no such file or folder`);
    return 1;
  }
  const bundled = values.index ? parseIndex(JSON.parse(fs.readFileSync(values.index, 'utf8')), values.index) : buildSeedIndex();
  const article = readArticle(file);
  const url = values.url ?? pathToFileURL(path.resolve(file)).href;
  const { index, self } = values.corpus ? withCorpus(bundled, values.corpus, { url, text: article.text }) : { index: bundled, self: [] };
  const unknown = (values.exclude ?? []).filter((id) => !index.sources.some((s) => s.id === id));
  if (unknown.length > 0) {
    console.error(`--exclude: no indexed source ${unknown.join(', ')} (known: ${index.sources.map((s) => s.id).join(', ')})`);
    return 2;
  }
  const page = annotatePage(
    { text: article.text, url, title: article.meta.title, ...(article.meta.date ? { date: article.meta.date } : {}) },
    createMatcher(index),
    { exclude: [...(values.exclude ?? []), ...self] },
  );
  if (format === 'json') process.stdout.write(`${JSON.stringify(toW3C(page, PARALLAX_VERSION, values.created ?? new Date().toISOString()), null, 2)}\n`);
  else if (format === 'md') process.stdout.write(toMarkdown(page));
  else process.stdout.write(toCsv(page));
  if (page.recognizedAs) console.error(`recognised as indexed article ${page.recognizedAs}: its own sentences are not linked`);
  return 0;
}

runCli(main);
