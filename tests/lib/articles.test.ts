import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle, readArticles } from '../../scripts/articles';

function tmp(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-'));
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  return dir;
}

describe('reading articles', () => {
  it('names the file and the field when metadata is malformed', () => {
    const dir = tmp({ 'a.txt': 'A sentence.', 'a.meta.json': JSON.stringify({ outlet: 'X', title: 'T', language: 'en', date: 'last week' }) });
    expect(() => readArticles(dir)).toThrow(/a\.meta\.json: field "date"/);
  });

  it('names the file when the body is empty', () => {
    const dir = tmp({ 'b.txt': '  \n ' });
    expect(() => readArticles(dir)).toThrow(/b\.txt: the article body is empty/);
  });

  it('infers metadata when there is no sidecar, and says so', () => {
    const dir = tmp({ 'c.txt': 'Iran paid the Taliban to attack US troops, officials say\n\nA sentence.' });
    const a = readArticle(path.join(dir, 'c.txt'));
    expect(a.meta.inferred).toEqual(expect.arrayContaining(['outlet', 'title']));
    expect(a.meta.title).toBe('Iran paid the Taliban to attack US troops, officials say');
  });

  it('every seed has metadata that parses', () => {
    for (const a of readArticles('seeds')) expect(fs.existsSync(`seeds/${a.id}.meta.json`)).toBe(true);
  });

  it('reads the article out of an HTML page, without its furniture', () => {
    const body = fs.readFileSync('seeds/000_632a70be4bd1d4be.txt', 'utf8').split('\n').map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!doctype html><html><head><title>Iran bounties</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <aside class="related"><h3>Related</h3><p>Bagram attack: what we know about the base.</p></aside>
      <article><h1>Iran offered bounties for attacks on US troops</h1>${body}</article>
      <section id="comments"><p>Great article! Bagram forever.</p></section>
      <footer><p>© 2020 Example News. All rights reserved.</p></footer></body></html>`;
    const dir = tmp({ 'd.html': html });
    const a = readArticle(path.join(dir, 'd.html'));
    expect(a.text).toContain('injured more than 70 others');
    expect(a.text).not.toContain('Great article');
    expect(a.text).not.toContain('All rights reserved');
  });
});
