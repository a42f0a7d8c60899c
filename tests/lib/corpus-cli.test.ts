// @vitest-environment node
/** `npm run annotate -- <file> --corpus <export.json | folder>`: the reader's corpus in the CLI. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCorpusExport } from '../../lib/corpus/export';
import { recordOf } from '../../lib/corpus/records';
import { W3CAnnotationPageSchema } from '../../lib/export/w3c';

const FLOOD = 'tests/reader-corpus/flood';
const B_FILE = path.join(FLOOD, 'b-northern-ledger.txt');

function annotate(args: string[]): { outlets: Set<string>; sentences: string[] } {
  const out = execFileSync('npx', ['tsx', 'scripts/annotate.ts', ...args, '--format', 'json', '--created', '2026-03-13T00:00:00.000Z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const page = W3CAnnotationPageSchema.parse(JSON.parse(out));
  return { outlets: new Set(page.items.flatMap((i) => i.body.slice(1).map((b) => ('outlet' in b ? b.outlet : '')))), sentences: page.items.map((i) => i.target.selector[0].exact) };
}

describe('the CLI with a reader’s corpus', () => {
  it('a folder of articles (with sidecars): B is linked to A’s sentences, never to its own copy in the folder', () => {
    const { outlets, sentences } = annotate([B_FILE, '--corpus', FLOOD]);
    expect(outlets).toEqual(new Set(['The Valley Courier']));
    expect(sentences).toContainEqual(expect.stringContaining('about 1,500 residents'));
  }, 60_000);

  it('the manager’s export file gives the same annotations as the folder', () => {
    const read = (f: string, meta: string) => ({ ...JSON.parse(fs.readFileSync(path.join(FLOOD, meta), 'utf8')), text: fs.readFileSync(path.join(FLOOD, f), 'utf8') });
    const a = read('a-valley-courier.txt', 'a-valley-courier.meta.json');
    const b = read('b-northern-ledger.txt', 'b-northern-ledger.meta.json');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-corpus-')), 'corpus.json');
    fs.writeFileSync(file, JSON.stringify(toCorpusExport([a, b].map((x) => recordOf(x, '2026-03-12T00:00:00.000Z')))));
    expect(annotate([B_FILE, '--corpus', file])).toEqual(annotate([B_FILE, '--corpus', FLOOD]));
    // Without the corpus, the flood story has nothing to compare with.
    expect(annotate([B_FILE]).sentences).toEqual([]);
  }, 60_000);
});
