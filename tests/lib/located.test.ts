import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/extract/article';
import { locateArticle, resolveArticle, runsLength } from '../../lib/extract/located';
import { textRuns } from '../../lib/extract/text-runs';
import { parseHtml, seedPageHtml } from '../helpers';


/** A seed page as a live page might hold it: text nodes split by scripts, a noscript, a comment inside a paragraph. */
function livePage(): Document {
  const doc = parseHtml(seedPageHtml('000_'));
  const paragraphs = [...doc.querySelectorAll('article p')];
  // Split text nodes as a page's scripts do (adjacent text nodes serialize as one string).
  for (const p of paragraphs.slice(0, 4)) {
    const t = [...p.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.length > 20) as Text | undefined;
    if (!t) continue;
    // linkedom has no splitText: three nodes in its place.
    const [a, b, c] = [t.data.slice(0, 10), t.data.slice(10, 15), t.data.slice(15)];
    t.replaceWith(doc.createTextNode(a), doc.createTextNode(b), doc.createTextNode(c));
  }
  const noscript = doc.createElement('noscript');
  noscript.textContent = '<p>Please enable JavaScript to read the comments.</p>';
  paragraphs[1]?.after(noscript);
  paragraphs[2]?.insertBefore(doc.createComment(' ad slot '), paragraphs[2].firstChild);
  return doc;
}

describe('reading a page elsewhere and finding its article in the live page', () => {
  it('finds every character where readPage on the live page finds it', () => {
    const live = livePage();
    const located = locateArticle(parseHtml(live.documentElement.outerHTML));
    expect(located).not.toBeNull();
    const resolved = resolveArticle(live, located!);
    const direct = readPage(live);
    expect(resolved?.text).toBe(direct?.text);
    expect(resolved?.title).toBe(direct?.title);
    let anchored = 0;
    for (let i = 0; i < direct!.text.length; i++) {
      const want = direct!.charNode[i] as number;
      const got = resolved!.charNode[i] as number;
      expect(got >= 0 ? resolved!.nodes[got] : null).toBe(want >= 0 ? direct!.nodes[want] : null);
      if (want >= 0) {
        expect(resolved!.charOffset[i]).toBe(direct!.charOffset[i]);
        anchored++;
      }
    }
    expect(anchored).toBeGreaterThan(1000);
  });

  it('gives up (null) when the page changed after its HTML was taken', () => {
    const live = livePage();
    const located = locateArticle(parseHtml(live.documentElement.outerHTML))!;
    const p = live.querySelector('article p')!;
    p.textContent = 'The page rewrote this paragraph in the meantime, so nothing here is where it was.';
    expect(resolveArticle(live, located)).toBeNull();
  });

  it('gives up (null) when the page removed a paragraph between walking its text and finding the article', () => {
    const live = livePage();
    const located = locateArticle(parseHtml(live.documentElement.outerHTML))!;
    // The content script walks in one task and finds in the next: the page can run in between.
    const runs = textRuns(live);
    live.querySelectorAll('article p')[2]!.remove();
    // The removed nodes still hold the same characters: only their being out of the page tells.
    expect(resolveArticle(live, located, runs)).toBeNull();
    expect(resolveArticle(live, locateArticle(parseHtml(live.documentElement.outerHTML))!, textRuns(live))).not.toBeNull();
  });

  it('counts adjacent text nodes as one run and leaves script, style and noscript text out', () => {
    const doc = parseHtml('<html><body><p>one</p><script>var x = "two";</script><noscript>three</noscript><p>four</p></body></html>');
    const p = doc.querySelector('p')!;
    p.append(doc.createTextNode(' and a half'));
    expect(textRuns(doc).map((r) => r.map((t) => t.data).join(''))).toEqual(['one and a half', 'four']);
    expect(runsLength(textRuns(doc))).toBe('one and a half'.length + 'four'.length);
  });

  it('leaves out markup inside a noscript or template, and a comment or element between text nodes ends a run', () => {
    const doc = parseHtml('<html><body><p>one<!-- c -->two<b>three</b>four</p><noscript><div><p>enable scripts</p></div></noscript><template><p>later</p></template><p>five</p></body></html>');
    doc.querySelectorAll('p')[0]!.append(doc.createTextNode('!'));
    expect(textRuns(doc).map((r) => r.map((t) => t.data).join(''))).toEqual(['one', 'two', 'three', 'four!', 'five']);
    expect(textRuns(doc).map((r) => r.length)).toEqual([1, 1, 1, 2, 1]);
  });
});
