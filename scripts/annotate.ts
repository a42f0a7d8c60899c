/**
 * npm run annotate -- <article.txt | article.html> [--format json|md|csv] [--exclude <sourceId>]... [--index <index.json>]
 * Prints, for every sentence of the article that states a fact other indexed outlets also reported,
 * their sentences and what differs.
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
import { readArticle } from './articles';
import { buildSeedIndex } from './seed-index';

const USAGE = 'usage: npm run annotate -- <article.txt|article.html> [--format json|md|csv] [--exclude <sourceId>] [--index <index.json>] [--url <page url>] [--created <ISO date>]';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      exclude: { type: 'string', multiple: true, default: [] },
      index: { type: 'string' },
      created: { type: 'string' },
      url: { type: 'string' },
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
  const index = values.index ? parseIndex(JSON.parse(fs.readFileSync(values.index, 'utf8')), values.index) : buildSeedIndex();
  const unknown = (values.exclude ?? []).filter((id) => !index.sources.some((s) => s.id === id));
  if (unknown.length > 0) {
    console.error(`--exclude: no indexed source ${unknown.join(', ')} (known: ${index.sources.map((s) => s.id).join(', ')})`);
    return 2;
  }
  const article = readArticle(file);
  const page = annotatePage(
    { text: article.text, url: values.url ?? pathToFileURL(path.resolve(file)).href, title: article.meta.title, ...(article.meta.date ? { date: article.meta.date } : {}) },
    createMatcher(index),
    { exclude: values.exclude ?? [] },
  );
  if (format === 'json') process.stdout.write(`${JSON.stringify(toW3C(page, PARALLAX_VERSION, values.created ?? new Date().toISOString()), null, 2)}\n`);
  else if (format === 'md') process.stdout.write(toMarkdown(page));
  else process.stdout.write(toCsv(page));
  if (page.recognizedAs) console.error(`recognised as indexed article ${page.recognizedAs}: its own sentences are not linked`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
