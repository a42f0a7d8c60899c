/**
 * npm run index -- <folder> [--out <index.json>]: builds a claim index from a folder of `.txt`/`.html`
 * articles with optional `<name>.meta.json` sidecars (the format of `seeds/`), and writes it where
 * `npm run annotate -- <file> --index <index.json>` reads it. Bad metadata fails naming the file and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex } from '../lib/index/build';
import { serializeIndex } from '../lib/index/schema';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticles } from './articles';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run index -- <folder of .txt/.html articles> [--out <index.json>] (default: <folder>/index.json)';

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`${dir}: not a folder`);
    return 1;
  }
  const articles = readArticles(dir);
  if (articles.length === 0) {
    console.error(`${dir}: no .txt or .html article in this folder`);
    return 1;
  }
  const index = buildIndex(articles, `parallax ${PARALLAX_VERSION}`);
  const out = values.out ?? path.join(dir, 'index.json');
  fs.writeFileSync(out, serializeIndex(index));
  console.error(`${out}: ${index.sources.length} articles, ${index.claims.length} claims`);
  return 0;
}

runCli(main);
