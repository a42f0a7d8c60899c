import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/extract/article';
import { locateArticle, runsLength } from '../../lib/extract/located';
import { textRuns } from '../../lib/extract/text-runs';
import { readArticle, type ReadContext } from '../../lib/extract/read-article';
import { parseHtml, seedPageHtml } from '../helpers';

const seedHtml = () => seedPageHtml('000_');

/** The seed page with its article's paragraphs repeated until the page holds more than 50,000 characters of text. */
function longPage(): Document {
  const doc = parseHtml(seedHtml());
  const article = doc.querySelector('article')!;
  const paragraphs = [...article.querySelectorAll('p')];
  while (runsLength(textRuns(doc)) <= 50_000) for (const p of paragraphs) article.append(p.cloneNode(true));
  return doc;
}

/** The background as it answers: linkedom parses the HTML and locates the article (entrypoints/background.ts). */
function background(calls: string[], change?: () => void): ReadContext {
  return {
    readElsewhere: async (html) => {
      calls.push(html);
      change?.();
      return { ok: true, article: locateArticle(parseHtml(html)) };
    },
    nextTask: () => Promise.resolve(),
  };
}

describe('reading the article of a page, here or in the background', () => {
  it('sends a page of ordinary length to the background too, and finds the same text readPage reads here', async () => {
    const doc = parseHtml(seedHtml());
    const calls: string[] = [];
    const r = await readArticle(doc, background(calls));
    expect(calls).toHaveLength(1);
    expect(r.elsewhere).toBe(true);
    const direct = readPage(doc);
    expect(r.text?.text).toBe(direct?.text);
    expect(r.text?.nodes).toEqual(direct?.nodes);
    expect([...(r.text?.charOffset ?? [])]).toEqual([...(direct?.charOffset ?? [])]);
  });

  it('says a page the background finds no article in has none, without reading it here', async () => {
    const doc = parseHtml(seedHtml());
    const calls: string[] = [];
    const r = await readArticle(doc, { readElsewhere: async (html) => (calls.push(html), { ok: true, article: null }), nextTask: () => Promise.resolve() });
    expect(calls).toHaveLength(1);
    expect(r).toMatchObject({ text: null, elsewhere: true });
  });

  it('sends a long page to the background and finds what it read in the live page', async () => {
    const doc = longPage();
    const calls: string[] = [];
    const r = await readArticle(doc, background(calls));
    expect(calls).toHaveLength(1);
    expect(r.elsewhere).toBe(true);
    const direct = readPage(doc);
    expect(r.text?.text).toBe(direct?.text);
    expect(r.text?.nodes.length).toBe(direct?.nodes.length);
  });

  it('reads a long page here when the page changed while the background read it', async () => {
    const doc = longPage();
    const r = await readArticle(doc, background([], () => {
      doc.querySelector('article p')!.textContent = 'The page rewrote this paragraph while Parallax was reading it elsewhere.';
    }));
    // What the background read no longer matches the live text: the page as it is now is read here.
    expect(r.elsewhere).toBe(false);
    expect(r.text?.text).toBe(readPage(doc)?.text);
  });

  it('reads a long page here when the background fails or answers something else', async () => {
    for (const answer of [Promise.reject(new Error('no receiver')), Promise.resolve({ ok: false, error: 'boom' }), Promise.resolve('nonsense')]) {
      const doc = longPage();
      const r = await readArticle(doc, { readElsewhere: () => answer, nextTask: () => Promise.resolve() });
      expect(r.elsewhere).toBe(false);
      expect(r.text?.text).toBe(readPage(doc)?.text);
    }
  });
});

describe('the article text, whitespace and all', () => {
  it('collapses every kind of whitespace the page may hold to one space, and maps each other character to its place in the page', () => {
    // No-break, ideographic and zero-width no-break spaces, tabs, a line separator; an emoji (two UTF-16 units) and a lone surrogate kept as they are.
    const doc = parseHtml(
      '<html><head><title>Odd title!?.</title></head><body><article><h1>Odd\u00a0 title!?.</h1><p>Tabs\t\there\u3000and\ufeffzero\u2028width\u200bx \ud83d\ude00 lone \ud800 end  .</p><p> \u00a0 </p><p>a<br>b <br> c</p><p>' +
        'The council said the river rose by two metres overnight and more than forty homes were flooded. '.repeat(4) +
        '</p></article></body></html>',
    );
    const page = readPage(doc)!;
    const lines = page.text.split('\n\n');
    expect(lines.slice(0, 3)).toEqual(['Odd title', 'Tabs here and zero width\u200bx \ud83d\ude00 lone \ud800 end .', 'a b c']);
    for (let i = 0; i < page.text.length; i++) {
      const n = page.charNode[i]!;
      if (n < 0) continue;
      const live = page.nodes[n]!.data[page.charOffset[i]!]!;
      // A space stands for whatever whitespace the page has there.
      expect(page.text[i] === ' ' ? /\s/.test(live) : live === page.text[i]).toBe(true);
    }
  });
});
