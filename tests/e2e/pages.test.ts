// @vitest-environment node
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../lib/extract/article';
import { splitBlocks } from '../../lib/text/blocks';
import { readArticles } from '../../scripts/articles';
import { FURNITURE_SELECTOR, seedPages, writeSeedPages } from '../../scripts/pages';
import { serve } from '../../scripts/serve';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const articles = readArticles('seeds');
const pages = seedPages();

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The seed's blocks by where a page must put them. */
function seedBlocks(text: string) {
  const blocks = splitBlocks(text).map((b) => ({ kind: b.kind, text: norm(text.slice(b.start, b.end)) }));
  return {
    article: blocks.filter((b) => b.kind === 'body' || b.kind === 'subhead' || b.kind === 'label' || b.kind === 'headline'),
    // A lone "." left by copy-paste is dropped rather than shown anywhere.
    furniture: blocks.filter((b) => (b.kind === 'furniture' || b.kind === 'caption') && /\p{L}/u.test(b.text)),
  };
}

/** Text blocks of the article that are not inside furniture. */
function articleBlocks(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('article h1, article h2, article p')).filter((el) => !el.closest(FURNITURE_SELECTOR));
}

describe('seed pages', () => {
  it('one page per seed, named after it, deterministic', () => {
    expect(pages.map((p) => p.name)).toEqual(articles.map((a) => a.id));
    for (const p of pages) {
      expect(p.file).toBe(`${p.name}.html`);
      expect(p.sourceId).toBe(p.name);
    }
    expect(seedPages()).toEqual(pages);
  });

  describe.each(pages.map((p, i) => [p.name, p, articles[i]] as const))('%s', (_, page, article) => {
    if (!article) throw new Error('no article for the page');
    const doc = parse(page.html);

    it('has the furniture of a news site around one article', () => {
      expect(doc.querySelectorAll('article')).toHaveLength(1);
      expect(doc.querySelector('body > header')).not.toBeNull();
      expect(doc.querySelector('header nav a[href^="/section/"]')).not.toBeNull();
      const teasers = doc.querySelectorAll('aside.related li a');
      expect(teasers.length).toBeGreaterThanOrEqual(3);
      expect(teasers.length).toBeLessThanOrEqual(4);
      const teaserText = Array.from(teasers, (a) => a.textContent).join(' ');
      for (const fact of ['Bagram', 'Taliban', 'more than 70 injured', 'Iran bounties']) expect(teaserText).toContain(fact);
      const comments = doc.querySelectorAll('section#comments .comment');
      expect(comments.length).toBeGreaterThanOrEqual(2);
      expect(comments.length).toBeLessThanOrEqual(3);
      expect(doc.querySelector('#comments')?.textContent).toContain('Four US personnel were injured at Bagram and nobody talks about it.');
      expect(doc.querySelector('body > footer')?.textContent).toContain('©');
      expect(doc.querySelector('figure figcaption')).not.toBeNull();
      expect(doc.querySelector('style')?.textContent).toContain('font');
    });

    it('has the headline in <h1> and the date in <time> and article:published_time', () => {
      expect(norm(doc.querySelector('article h1')?.textContent)).toBe(article.meta.title);
      const date = article.meta.date;
      if (!date) return;
      expect(doc.querySelector('article time')?.getAttribute('datetime')).toBe(date);
      expect(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe(date);
    });

    it('keeps every article paragraph of the seed word for word, outside furniture', () => {
      const texts = articleBlocks(doc).map((el) => norm(el.textContent));
      for (const b of seedBlocks(article.text).article) expect(texts, b.text).toContain(b.text);
    });

    it('puts the seed furniture lines in furniture, never in article text', () => {
      const inArticle = articleBlocks(doc).map((el) => norm(el.textContent)).join('\n');
      const furnitureText = Array.from(doc.querySelectorAll(FURNITURE_SELECTOR), (el) => norm(el.textContent)).join('\n');
      for (const b of seedBlocks(article.text).furniture) {
        expect(furnitureText, b.text).toContain(b.text);
        expect(inArticle, b.text).not.toContain(b.text);
      }
    });

    it('marks up entities and figures inside sentences', () => {
      const body = doc.querySelector('article .article-body');
      expect(body?.querySelector('p a[href^="/topic/"]')).not.toBeNull();
      expect(body?.querySelector('p em, p strong')).not.toBeNull();
    });

    it('splits words across text nodes: a comment inside a word, half a word in a span', () => {
      const ps = Array.from(doc.querySelectorAll('article .article-body p'));
      const commentSplit = ps.some((p) =>
        Array.from(p.childNodes).some((n, i, all) => {
          const before = all[i - 1];
          const after = all[i + 1];
          return n.nodeType === 8 && before?.nodeType === 3 && after?.nodeType === 3 && /\p{L}$/u.test(before.textContent ?? '') && /^\p{L}/u.test(after.textContent ?? '');
        }),
      );
      expect(commentSplit).toBe(true);
      const half = doc.querySelector('article p span.kern');
      expect(half).not.toBeNull();
      expect(half?.previousSibling?.textContent).toMatch(/\p{L}$/u);
    });

    it('is read by the extension’s article extraction without its furniture', () => {
      const extracted = articleFromHtml(doc);
      expect(extracted).not.toBeNull();
      const text = norm(extracted?.text);
      for (const b of seedBlocks(article.text).article.filter((x) => x.kind === 'body')) expect(text).toContain(b.text);
      expect(text).not.toContain('nobody talks about it');
      expect(text).not.toContain('Four US service members among more than 70 injured');
      expect(text).not.toContain('All rights reserved');
    });
  });

  it('makes seed 003’s page dark, the others light', () => {
    for (const p of pages) {
      const dark = parse(p.html).body.classList.contains('dark');
      expect(dark, p.name).toBe(p.name.startsWith('003'));
    }
  });

  it('writes the pages and an index linking them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-pages-'));
    try {
      writeSeedPages(dir);
      const index = parse(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
      const links = Array.from(index.querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(links).toEqual(pages.map((p) => p.file));
      for (const p of pages) expect(fs.readFileSync(path.join(dir, p.file), 'utf8')).toBe(p.html);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A raw HTTP request, so the client normalises nothing in the path. */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`GET ${rawPath} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error('timeout')));
  });
}

describe('local server', () => {
  let base: string;
  let root: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-serve-'));
    root = path.join(base, 'site');
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<h1>index</h1>');
    fs.writeFileSync(path.join(root, 'page.html'), '<h1>page</h1>');
    fs.writeFileSync(path.join(root, 'data.json'), '{}');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
    server = await serve(root);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 only', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const port = Number(new URL(server.url).port);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return;
    const refused = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, external.address, () => {
        s.destroy();
        resolve(false);
      });
      s.on('error', () => resolve(true));
      s.setTimeout(3_000, () => {
        s.destroy();
        resolve(true);
      });
    });
    expect(refused).toBe(true);
  });

  it('serves files with their content type, index.html for /, 404 otherwise', async () => {
    const page = await fetch(`${server.url}page.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<h1>page</h1>');
    expect((await fetch(`${server.url}data.json`)).headers.get('content-type')).toMatch(/^application\/json/);
    expect(await (await fetch(server.url)).text()).toBe('<h1>index</h1>');
    expect((await fetch(`${server.url}missing.html`)).status).toBe(404);
    expect((await fetch(`${server.url}sub/`)).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/sub/../../secret.txt', '/%2e%2e%5csecret.txt', '/link.txt', '/page.html%00'])(
    'refuses %s',
    async (p) => {
      const r = await rawGet(server.url, p);
      expect([400, 403, 404]).toContain(r.status);
      expect(r.body).not.toContain('SECRET');
    },
  );
});
