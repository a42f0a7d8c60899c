/**
 * The reader-corpus end-to-end tests' pages (Chromium: corpus.test.ts, Firefox: corpus-firefox.test.ts):
 * two outlets' articles on a story not in seeds/ (tests/reader-corpus/flood), served as news pages.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FLOOD = path.resolve('tests/reader-corpus/flood');

export interface Outlet {
  file: string;
  site: string;
  published: string;
  /** Where the page is served. */
  at: string;
}
export const A: Outlet = { file: 'a-valley-courier.txt', site: 'The Valley Courier', published: '2026-03-10T09:30:00Z', at: 'valley-courier/2026/03/10/harlow-river-floods-marston.html' };
export const B: Outlet = { file: 'b-northern-ledger.txt', site: 'Northern Ledger', published: '2026-03-12T07:00:00Z', at: 'northern-ledger/news/marston-counts-its-losses.html' };

export const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page around an article: masthead, navigation, the article (headline, dateline, paragraphs of two sentences), footer. */
export function newsPage(o: Outlet): string {
  const [title = '', ...paras] = fs.readFileSync(path.join(FLOOD, o.file), 'utf8').trim().split(/\n\n+/);
  const body: string[] = [];
  for (let i = 0; i < paras.length; i += 2) body.push(`<p>${escape(paras.slice(i, i + 2).join(' '))}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | ${escape(o.site)}</title>
<meta property="og:site_name" content="${escape(o.site)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${o.published}"></head>
<body><header><strong>${escape(o.site)}</strong><nav><a href="/">Home</a> <a href="/search/">Search</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>${escape(title)}</h1><p class="byline">By Staff · <time datetime="${o.published}">${o.published.slice(0, 10)}</time></p>
${body.join('\n')}</article></main><footer>© ${escape(o.site)}</footer></body></html>`;
}
