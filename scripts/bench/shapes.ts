/**
 * Real-world page shapes for the benchmark and the browser tests (issue 23): pages shaped like the
 * sites readers open, written by the project and served from 127.0.0.1, so that the page-side budgets
 * are measured on more than the synthetic news pages of pages.ts.
 *
 * - `blog`: a long blog post with a threaded comment thread (replies nested three deep), a sidebar;
 * - `docs`: a documentation page: a navigation sidebar of 100+ links, prose, syntax-highlighted code
 *   blocks (a span per token), parameter tables, an "on this page" box;
 * - `wiki`: a wiki article: an infobox, data tables, reference marks in every paragraph, a list of
 *   references, a navigation box and categories;
 * - `news`: a news page with heavy markup (wrappers, data attributes, inline styles), ad slots, embeds
 *   (a post, a video: iframes whose content is written inline, `srcdoc`), a share bar, trending and
 *   "around the web" teasers, inline scripts. Its article is the benchmark's (seed story, so it is
 *   highlighted) and its furniture restates seed sentences word for word, which must never be;
 * - `under` and `over`: long reads of just under and just over FORMER_IN_PAGE_LIMIT of page text
 *   (what decided, until session 29, whether a page was read in the page or in the background; every
 *   page is read in the background now, and the two stay as they were so that figures compare
 *   across sessions).
 *
 * Sizes are characters of page text as the content script counts them (lib/extract/text-runs.ts:
 * every text node outside script, style, noscript and template, whitespace included), hit to within a
 * paragraph. Nothing on any page loads from anywhere (no external URL, no image file). Deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { runsLength } from '../../lib/extract/located';
import { textRuns } from '../../lib/extract/text-runs';
import { fillerParagraph } from './filler';
import { benchArticle } from './synthetic';
import { chance, int, pick, prng, type Rng } from './synthetic-rng';

export interface ShapePage {
  /** `blog`, `docs`, `wiki`, `news`, `under`, `over`. */
  name: string;
  /** `shape-<name>.html`. */
  file: string;
  html: string;
  /** What the page is, in a few words. */
  about: string;
  /** Characters of page text (textRuns), as the content script measures the page. */
  chars: number;
  /** The element holding the article's prose: highlights may only be inside it. */
  article: string;
  /** Page furniture (comments, sidebars, navigation, ads, embeds, code): never highlighted. */
  furniture: string;
  /** Whether the page carries the seed story (so Parallax highlights something). */
  seedStory: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Seed sentences word for word, for furniture that must never be highlighted (as scripts/pages.ts does). */
const SEED_ECHOES = [
  'Iran paid bounties to Taliban fighters for attacks on US troops at Bagram Air Base, US intelligence officials said.',
  'Four US personnel were injured at Bagram in the attack last December.',
  'The Haqqani network carried out the attack on Bagram with a truck bomb.',
];

const NAMES = ['Maria Holm', 'James Okafor', 'Aisha Verma', 'Daniel Brenner', 'Priya Nadal', 'Tomasz Kel', 'Elena Rostova', 'Kwame Asante', 'Sofia Lind', 'Hiroshi Tan', 'Laura Pell', 'Omar Said'];
const HANDLES = ['quietreader', 'mapfan_77', 'old_harbour', 'tealeaf', 'cowslip', 'the_ferryman', 'slatequarry', 'nightbus', 'beechlog', 'orchardwalk'];
const REACTIONS = [
  'Lovely piece, thank you for writing it.',
  'I walked that road last summer and can confirm every word.',
  'Does anyone know whether the museum is open on Sundays?',
  'My grandmother grew up near there and told the same story about the bridge.',
  'Great photos, but the map in the third section is a little misleading.',
  'This brought back memories.',
  'Respectfully, I think the author is too kind to the council here.',
  'Bookmarked for my trip in May.',
];
const BASE_CSS = `body{font:16px/1.6 Georgia,serif;margin:0;color:#222}header,footer{background:#f4f4f4;padding:8px 24px}
nav ul{list-style:none;display:flex;gap:12px;padding:0;margin:0}main{display:flex;gap:32px;padding:0 24px}
.content{max-width:720px;flex:1}aside{width:260px;font-size:14px}pre{background:#f6f8fa;padding:12px;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}`;

function page(title: string, body: string, css = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function siteHeader(site: string, links: readonly string[]): string {
  return `<header class="site-header"><a class="logo" href="/">${esc(site)}</a>
<nav aria-label="Main"><ul>${links.map((l) => `<li><a href="/${l.toLowerCase().replace(/\W+/g, '-')}">${esc(l)}</a></li>`).join('')}</ul></nav></header>`;
}

function footer(site: string): string {
  const cols = ['About', 'Help', 'Legal'].map((h) => `<div class="col"><h4>${h}</h4><ul>${['Contact', 'Careers', 'Privacy', 'Terms', 'Cookies'].map((l) => `<li><a href="/${l.toLowerCase()}">${l}</a></li>`).join('')}</ul></div>`);
  return `<footer class="site-footer">${cols.join('\n')}<p>© 2021 ${esc(site)}. All rights reserved.</p></footer>`;
}

// ---- blog -----------------------------------------------------------------------------------------

function comment(rng: Rng, depth: number, id: { n: number }): string {
  const n = ++id.n;
  const body = chance(rng, 0.5) ? `${pick(rng, REACTIONS)} ${fillerParagraph(rng)}` : pick(rng, REACTIONS);
  const replies = depth < 3 && chance(rng, 0.35) ? `<ol class="children">${Array.from({ length: int(rng, 1, 2) }, () => comment(rng, depth + 1, id)).join('\n')}</ol>` : '';
  return `<li class="comment depth-${depth}" id="comment-${n}"><article class="comment-body">
<footer class="comment-meta"><span class="comment-author"><b class="fn">${esc(pick(rng, HANDLES))}</b> says:</span> <a class="comment-date" href="#comment-${n}"><time datetime="2021-03-0${1 + (n % 8)}T1${n % 10}:00">March ${1 + (n % 8)}, 2021 at ${1 + (n % 12)}:${String(n % 60).padStart(2, '0')} pm</time></a></footer>
<div class="comment-content"><p>${esc(body)}</p></div>
<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article>${replies}</li>`;
}

function blog(n: number): string {
  const rng = prng(101);
  const paras: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 6 === 0) paras.push(`<h2>${esc(pick(rng, ['On the old road', 'The bakery', 'Slate and rails', 'Meadows in spring', 'A bridge painted red', 'What to bring']))}</h2>`);
    if (i % 11 === 5) paras.push(`<blockquote><p>${esc(fillerParagraph(rng))}</p></blockquote>`);
    else paras.push(`<p>${esc(fillerParagraph(rng))}</p>`);
    if (i % 13 === 7) paras.push(`<figure><svg width="600" height="200" role="img" aria-label="A sketch map"><rect width="600" height="200" fill="#dde"/></svg><figcaption>${esc(fillerParagraph(rng))}</figcaption></figure>`);
  }
  const id = { n: 0 };
  const comments = Array.from({ length: Math.round(n * 0.9) }, () => comment(rng, 1, id));
  return page(
    'Forty miles on foot through the slate country | Field Notes',
    `${siteHeader('Field Notes', ['Home', 'Walks', 'Maps', 'Gear', 'About'])}
<main><div class="content">
<article class="post"><header class="entry-header"><h1 class="entry-title">Forty miles on foot through the slate country</h1>
<p class="byline">Posted by <a href="/author/rosa">Rosa Ellingham</a> on <time datetime="2021-03-01">March 1, 2021</time> · 14 min read</p></header>
<div class="entry-content">
${paras.join('\n')}
</div>
<footer class="entry-footer"><span class="tags">Tagged <a href="/tag/walks">walks</a>, <a href="/tag/history">history</a>, <a href="/tag/rail">rail</a></span></footer>
</article>
<section id="comments" class="comments-area"><h2 class="comments-title">${id.n} thoughts on “Forty miles on foot through the slate country”</h2>
<ol class="comment-list">
${comments.join('\n')}
</ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment" rows="6"></textarea><p><button type="submit">Post Comment</button></p></form></div>
</section></div>
<aside class="sidebar" id="secondary"><section><h3>About me</h3><p>${esc(fillerParagraph(rng))}</p></section>
<section><h3>Archives</h3><ul>${Array.from({ length: 36 }, (_, k) => `<li><a href="/20${18 + Math.floor(k / 12)}/${(k % 12) + 1}">${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][k % 12]} 20${18 + Math.floor(k / 12)}</a></li>`).join('')}</ul></section></aside>
</main>
${footer('Field Notes')}`,
  );
}

// ---- docs -----------------------------------------------------------------------------------------

const API = ['createClient', 'connect', 'query', 'transaction', 'close', 'onError', 'retryPolicy', 'pool', 'migrate', 'stream', 'batch', 'cursor'];
const DOC_SENTENCES = [
  'The {fn} function takes an options object and returns a promise that resolves once the server has answered.',
  'When {opt} is omitted, {fn} falls back to the value read from the environment at start-up.',
  'Calling {fn} twice with the same arguments is safe: the second call reuses the open connection.',
  'Errors thrown inside {fn} are wrapped in a ClientError whose code property names the cause.',
  'Set {opt} to false in tests, where a real network is not available.',
  'The default for {opt} changed in version 3.2; older code that relied on the previous default should set it explicitly.',
  'Use {fn} inside a try block, or attach a handler with onError, so that a dropped connection does not crash the process.',
  'Large result sets should be read with {fn} rather than loaded into memory at once.',
];
const OPTS = ['timeout', 'retries', 'keepAlive', 'poolSize', 'ssl', 'logLevel', 'signal', 'batchSize'];

function docProse(rng: Rng): string {
  const fn = pick(rng, API);
  return Array.from({ length: int(rng, 2, 4) }, () => pick(rng, DOC_SENTENCES).replace(/\{fn\}/g, `<code>${fn}()</code>`).replace(/\{opt\}/g, `<code>${pick(rng, OPTS)}</code>`)).join(' ');
}

/** A code block as highlighters emit it: a span per token. */
function codeBlock(rng: Rng): string {
  const lines: string[] = [];
  const fn = pick(rng, API);
  lines.push(`<span class="tok-kw">import</span> { <span class="tok-id">${fn}</span> } <span class="tok-kw">from</span> <span class="tok-str">'@acme/db'</span>;`);
  for (let i = 0, k = int(rng, 6, 14); i < k; i++) {
    const opt = pick(rng, OPTS);
    lines.push(
      pick(rng, [
        `<span class="tok-kw">const</span> <span class="tok-id">${opt}</span> <span class="tok-op">=</span> <span class="tok-kw">await</span> <span class="tok-fn">${fn}</span>({ <span class="tok-prop">${opt}</span>: <span class="tok-num">${int(rng, 1, 5000)}</span> });`,
        `<span class="tok-kw">if</span> (<span class="tok-op">!</span><span class="tok-id">result</span>.<span class="tok-prop">ok</span>) <span class="tok-kw">throw</span> <span class="tok-kw">new</span> <span class="tok-fn">ClientError</span>(<span class="tok-str">'${opt} failed'</span>);`,
        `<span class="tok-com">// ${esc(pick(rng, DOC_SENTENCES).replace(/\{fn\}/g, fn).replace(/\{opt\}/g, opt))}</span>`,
        `<span class="tok-id">console</span>.<span class="tok-fn">log</span>(<span class="tok-id">rows</span>.<span class="tok-prop">length</span>, <span class="tok-str">'rows'</span>);`,
      ]),
    );
  }
  return `<div class="code-block"><div class="code-toolbar"><span class="lang">TypeScript</span><button class="copy" type="button">Copy</button></div><pre class="language-ts"><code>${lines.join('\n')}</code></pre></div>`;
}

function paramTable(rng: Rng): string {
  const rows = OPTS.slice(0, int(rng, 4, 8)).map((o) => `<tr><td><code>${o}</code></td><td>${pick(rng, ['number', 'boolean', 'string', 'AbortSignal'])}</td><td>${pick(rng, ['—', '30000', 'true', '"info"', '10'])}</td><td>${esc(pick(rng, DOC_SENTENCES).replace(/\{fn\}/g, 'the client').replace(/\{opt\}/g, o))}</td></tr>`);
  return `<table class="params"><thead><tr><th>Option</th><th>Type</th><th>Default</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function docs(n: number): string {
  const rng = prng(202);
  const sections: string[] = [];
  const toc: string[] = [];
  for (let i = 0; i < n; i++) {
    const fn = API[i % API.length] as string;
    toc.push(`<li><a href="#${fn}-${i}">${fn}()</a></li>`);
    sections.push(`<section><h2 id="${fn}-${i}">${fn}()</h2>
<p>${docProse(rng)}</p>
${codeBlock(rng)}
<p>${docProse(rng)}</p>
${i % 2 === 0 ? paramTable(rng) : `<div class="admonition note"><p class="admonition-title">Note</p><p>${docProse(rng)}</p></div>`}
</section>`);
  }
  const sidebar = ['Getting started', 'Guides', 'API reference', 'Recipes', 'Migration', 'FAQ']
    .map((g, k) => `<li class="group"><span>${g}</span><ul>${Array.from({ length: 20 }, (_, j) => `<li><a href="/docs/${k}/${j}">${esc(`${pick(rng, API)} ${pick(rng, ['basics', 'in depth', 'and pools', 'errors', 'with TypeScript', 'in tests'])}`)}</a></li>`).join('')}</ul></li>`)
    .join('');
  return page(
    'Client API reference — Acme DB documentation',
    `${siteHeader('Acme DB docs', ['Docs', 'API', 'Blog', 'GitHub', 'Community'])}
<main><nav class="docs-sidebar" aria-label="Documentation"><ul>${sidebar}</ul></nav>
<div class="content"><article class="docs-article" role="main"><h1>Client API reference</h1>
<div class="docs-body">
<p>${docProse(rng)}</p>
${sections.join('\n')}
</div>
<div class="edit-page"><a href="/edit">Edit this page</a> · Last updated on <time datetime="2021-05-02">May 2, 2021</time></div>
</article></div>
<aside class="toc"><h4>On this page</h4><ul>${toc.join('')}</ul></aside></main>
${footer('Acme DB')}`,
    '.tok-kw{color:#a626a4}.tok-str{color:#50a14f}.tok-com{color:#a0a1a7}.tok-num{color:#986801}',
  );
}

// ---- wiki -----------------------------------------------------------------------------------------

function wiki(n: number): string {
  const rng = prng(303);
  let ref = 0;
  const cite = (): string => {
    ref++;
    return `<sup class="reference" id="cite_ref-${ref}"><a href="#cite_note-${ref}">[${ref}]</a></sup>`;
  };
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 0) body.push(`<h2><span class="mw-headline" id="s${i}">${esc(pick(rng, ['History', 'Geography', 'Economy', 'Transport', 'Culture', 'Landmarks', 'Notable people', 'Climate']))}</span><span class="mw-editsection">[<a href="/edit?section=${i}">edit</a>]</span></h2>`);
    const sentences = fillerParagraph(rng).split(/(?<=\.)\s+/);
    body.push(`<p>${sentences.map((s) => `${esc(s)}${cite()}`).join(' ')}</p>`);
    if (i % 9 === 4) {
      const rows = Array.from({ length: int(rng, 6, 12) }, (_, k) => `<tr><td>${1900 + k * 10}</td><td>${int(rng, 800, 40000).toLocaleString('en-US')}</td><td>${(rng() * 8 - 2).toFixed(1)}%</td></tr>`);
      body.push(`<table class="wikitable sortable"><caption>Population by census</caption><thead><tr><th>Year</th><th>Population</th><th>±%</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
  }
  const infobox = `<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">Dalmorford</th></tr>${['Country', 'Region', 'District', 'Founded', 'Area', 'Elevation', 'Population (2020)', 'Time zone', 'Postcode', 'Website']
    .map((k) => `<tr><th scope="row">${k}</th><td>${esc(pick(rng, ['Nordland', 'Upper Vale', '1214', '41.2 km²', '212 m', '23,408', 'UTC+1', 'DM4', 'dalmorford.example']))}</td></tr>`)
    .join('')}</tbody></table>`;
  const refs = Array.from({ length: ref }, (_, k) => `<li id="cite_note-${k + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${k + 1}">^</a></span> <span class="reference-text"><cite class="citation book">${esc(pick(rng, NAMES))} (${1950 + (k % 70)}). <i>${esc(pick(rng, ['A history of the vale', 'Slate and steam', 'The bridges of the north', 'Parish records']))}</i>. ${esc(pick(rng, ['Northern Press', 'Vale Books', 'University Press']))}. p. ${int(rng, 1, 400)}.</cite></span></li>`);
  const navbox = `<div role="navigation" class="navbox"><table class="nowraplinks"><tbody><tr><th colspan="2">Towns of the Upper Vale</th></tr>${Array.from({ length: 6 }, (_, k) => `<tr><th class="navbox-group">${esc(pick(rng, ['Towns', 'Villages', 'Rivers', 'Hills', 'Railways', 'Parishes']))}</th><td class="navbox-list">${Array.from({ length: 14 }, () => `<a href="/wiki/${k}">${esc(pick(rng, ['Alford', 'Brenton', 'Corbury', 'Dalwick', 'Erdale', 'Fenham', 'Garstead', 'Holport']))}</a>`).join(' · ')}</td></tr>`).join('')}</tbody></table></div>`;
  return page(
    'Dalmorford - Wikipedia',
    `<nav id="mw-panel" class="vector-menu" aria-label="Site"><ul>${['Main page', 'Contents', 'Current events', 'Random article', 'About', 'Contact us', 'Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Download as PDF', 'Printable version'].map((l) => `<li><a href="/wiki/${l.replace(/ /g, '_')}">${l}</a></li>`).join('')}</ul>
<div class="languages"><h3>Languages</h3><ul>${['Deutsch', 'Español', 'Français', 'Italiano', 'Nederlands', 'Polski', 'Português', 'Svenska', 'Türkçe', 'Українська', '中文', '日本語'].map((l) => `<li><a href="/${l}">${l}</a></li>`).join('')}</ul></div></nav>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading">Dalmorford</h1>
<div id="siteSub">From Wikipedia, the free encyclopedia</div>
<div id="bodyContent"><div class="mw-parser-output">
${infobox}
<p><b>Dalmorford</b> is a market town in the Upper Vale. ${esc(fillerParagraph(rng))}${cite()}</p>
<div id="toc" class="toc"><h2>Contents</h2><ul>${Array.from({ length: Math.ceil(n / 5) }, (_, k) => `<li><a href="#s${k * 5}">${k + 1} Section</a></li>`).join('')}</ul></div>
${body.join('\n')}
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="reflist"><ol class="references">${refs.join('\n')}</ol></div>
${navbox}
</div></div>
<div id="catlinks" class="catlinks"><a href="/wiki/Categories">Categories</a>: <ul><li><a href="/c/1">Market towns</a></li><li><a href="/c/2">Towns in the Upper Vale</a></li><li><a href="/c/3">Populated places established in the 13th century</a></li></ul></div></div>
<footer id="footer"><p>This page was last edited on 2 May 2021. Text is available under the Creative Commons Attribution-ShareAlike License.</p></footer>`,
  );
}

// ---- news (heavy markup, ads, embeds) -----------------------------------------------------------

const AD = (k: number): string =>
  `<div class="ad-slot ad-slot--inline" data-ad-unit="/1234/news/article/inline-${k}" data-ad-sizes="300x250,728x90" style="min-height:250px;margin:24px 0;text-align:center"><span class="ad-label">Advertisement</span><iframe title="Advertisement" width="300" height="250" style="border:0" srcdoc="&lt;p style='font:14px sans-serif'&gt;Sponsored: ${esc(pick(prng(k), ['Low fares to the coast this spring', 'Switch your energy plan today', 'The mattress everyone is talking about']))}&lt;/p&gt;"></iframe></div>`;

function news(words: number): string {
  const rng = prng(404);
  const { title, text } = benchArticle(words, 2323);
  const paras = text.split('\n\n').slice(1);
  const body: string[] = [];
  paras.forEach((p, i) => {
    body.push(`<div class="paywall-fade" data-component="text-block" data-index="${i}"><div class="text-block__inner" style="position:relative"><p class="article__paragraph" data-testid="paragraph-${i}">${esc(p)}</p></div></div>`);
    if (i % 4 === 2) body.push(AD(i));
    if (i === 5)
      body.push(
        `<div class="embed embed--social" data-embed="post"><blockquote class="social-post"><p lang="en">${esc(SEED_ECHOES[0] as string)}</p>— Newsroom Wire (@newsroomwire) <a href="/status/1">August 17, 2020</a></blockquote></div>`,
      );
    if (i === 9)
      body.push(
        `<div class="embed embed--video" data-embed="video"><iframe title="Video: the base at night" width="640" height="360" style="border:0" srcdoc="&lt;div style='background:#000;color:#fff;height:100%'&gt;Video: ${esc(SEED_ECHOES[1] as string)}&lt;/div&gt;"></iframe><p class="embed__caption">${esc(SEED_ECHOES[1] as string)}</p></div>`,
      );
    if (i % 7 === 6) body.push(`<aside class="inline-related"><span>Read more</span> <a href="/story/${i}">${esc(SEED_ECHOES[2] as string)}</a></aside>`);
  });
  const teasers = (k: number, cls: string) =>
    Array.from({ length: k }, (_, j) => `<li class="${cls}__item"><a href="/t/${cls}/${j}"><div class="${cls}__img" style="background:#ccd;height:90px"></div><span class="${cls}__headline">${esc(j % 5 === 0 ? (SEED_ECHOES[j % 3] as string) : fillerParagraph(rng).split('. ')[0] ?? '')}</span></a></li>`).join('');
  const scripts = `<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:'pageview',section:'world'});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2020-08-18"}</script>
<script>(function(){var s=document.querySelectorAll('.ad-slot');for(var i=0;i<s.length;i++){s[i].setAttribute('data-ad-state','filled');}})();</script>`;
  return page(
    `${title} | The Daily Meridian`,
    `<div id="app" data-reactroot=""><div class="layout layout--article">
<div class="ad-slot ad-slot--leaderboard" data-ad-unit="/1234/news/top" style="height:90px"><span class="ad-label">Advertisement</span></div>
${siteHeader('The Daily Meridian', ['World', 'US', 'Politics', 'Business', 'Opinion', 'Sport', 'Culture', 'Video', 'Podcasts'])}
<div class="breaking-banner" role="status"><span>Breaking</span> ${esc(SEED_ECHOES[1] as string)}</div>
<main class="layout__main"><div class="content">
<article class="article" data-article-id="8812"><div class="article__header"><nav class="breadcrumbs"><a href="/world">World</a> › <a href="/world/asia">Asia</a></nav>
<h1 class="article__headline" data-testid="headline">${esc(title)}</h1>
<div class="byline"><span class="byline__author">By <a href="/by/ellen">Ellen Marsh</a></span> <time datetime="2020-08-18T09:12:00Z">Updated 9:12 AM ET, Tue August 18, 2020</time></div>
<div class="share-bar" role="toolbar"><button type="button">Share on Facebook</button><button type="button">Share on X</button><button type="button">Email</button><button type="button">Copy link</button></div></div>
<div class="article__body" data-component="article-body">
${body.join('\n')}
</div>
<div class="newsletter-box"><h3>Get the morning briefing</h3><p>${esc(SEED_ECHOES[2] as string)} Sign up for our newsletter.</p><form><input type="email" placeholder="Email"><button type="submit">Sign up</button></form></div>
</article>
<section id="comments" class="comments"><h2>Comments (3)</h2><ol>${SEED_ECHOES.map((s, k) => `<li class="comment"><b>${HANDLES[k]}</b><p>${esc(s)}</p></li>`).join('')}</ol></section>
<section class="around-the-web"><h2>Around the web</h2><ul class="atw">${teasers(24, 'atw')}</ul></section>
</div>
<aside class="rail"><div class="ad-slot ad-slot--rail" style="height:600px"><span class="ad-label">Advertisement</span></div><h3>Trending</h3><ol class="trending">${teasers(10, 'trending')}</ol></aside></main>
${footer('The Daily Meridian')}
</div></div>
${scripts}`,
    '.ad-label{font:11px sans-serif;color:#888;text-transform:uppercase}.breaking-banner{background:#b3121d;color:#fff;padding:6px 24px}',
  );
}

// ---- long reads around the threshold ----------------------------------------------------------------

function longRead(n: number, seed: number, title: string): string {
  const rng = prng(seed);
  const paras = Array.from({ length: n }, (_, i) => `${i > 0 && i % 8 === 0 ? `<h2>${esc(pick(rng, ['Part two', 'The harbour', 'Winter', 'The archive', 'Coda']))}</h2>\n` : ''}<p>${esc(fillerParagraph(rng))}</p>`);
  return page(
    `${title} | The Long Read`,
    `${siteHeader('The Long Read', ['Magazine', 'Essays', 'Audio', 'Archive'])}
<main><div class="content"><article class="longread"><h1>${esc(title)}</h1><p class="standfirst">${esc(fillerParagraph(rng))}</p>
<div class="longread__body">
${paras.join('\n')}
</div></article>
<section id="comments"><h2>Comments</h2><ol>${Array.from({ length: 8 }, () => `<li class="comment"><b>${esc(pick(rng, HANDLES))}</b><p>${esc(pick(rng, REACTIONS))}</p></li>`).join('')}</ol></section></div>
<aside class="sidebar"><h3>Most read</h3><ol>${Array.from({ length: 10 }, () => `<li><a href="/x">${esc(fillerParagraph(rng).split('. ')[0] ?? '')}</a></li>`).join('')}</ol></aside></main>
${footer('The Long Read')}`,
  );
}

// ---- all shapes ---------------------------------------------------------------------------------------

/** Characters of page text as the content script counts them. */
export function pageChars(html: string): number {
  const { document } = parseHTML(html);
  return runsLength(textRuns(document as unknown as Document));
}

/** The smallest `n` (paragraphs, sections…) whose page reaches `target` characters of page text. */
function sized(make: (n: number) => string, target: number, start: number, step = 1): { html: string; chars: number } {
  let n = start;
  let html = make(n);
  let chars = pageChars(html);
  // Grow fast, then settle: every page is built a few dozen times at most.
  while (chars < target) {
    n += Math.max(step, Math.floor(((target - chars) / chars) * n * 0.8));
    html = make(n);
    chars = pageChars(html);
  }
  while (n > start) {
    const smaller = make(n - step);
    const c = pageChars(smaller);
    if (c < target) break;
    n -= step;
    html = smaller;
    chars = c;
  }
  return { html, chars };
}

/** Target sizes, characters of page text: the 31–46k range the issue saw blocking, and either side of the threshold. */
/** Characters of page text up to which the content script read a page in the page until session 29 (lib/extract/read-article.ts). */
export const FORMER_IN_PAGE_LIMIT = 20_000;

export const SHAPE_TARGETS = { blog: 38_000, docs: 32_000, wiki: 42_000, news: 46_000, under: FORMER_IN_PAGE_LIMIT - 1_500, over: FORMER_IN_PAGE_LIMIT + 3_500 } as const;

export const SHAPE_NAMES = ['blog', 'docs', 'wiki', 'news', 'under', 'over'] as const;
export type ShapeName = (typeof SHAPE_NAMES)[number];

const COMMON_FURNITURE = 'header, nav, footer, aside, #comments, form, figcaption, .sidebar';

export function shapePages(names: readonly ShapeName[] = SHAPE_NAMES): ShapePage[] {
  const make = (name: ShapeName): Omit<ShapePage, 'name' | 'file'> => {
    const t = SHAPE_TARGETS[name];
    switch (name) {
      case 'blog':
        return { ...sized(blog, t, 20), about: 'blog post with a threaded comment thread and a sidebar', article: '.entry-content', furniture: `${COMMON_FURNITURE}, .comment-list`, seedStory: false };
      case 'docs':
        return { ...sized(docs, t, 8), about: 'documentation page: code blocks, parameter tables, a navigation sidebar', article: '.docs-body', furniture: `${COMMON_FURNITURE}, pre, code, .docs-sidebar, .toc, table`, seedStory: false };
      case 'wiki':
        return { ...sized(wiki, t, 20), about: 'wiki article: infobox, tables, reference marks, references, navbox', article: '.mw-parser-output', furniture: `${COMMON_FURNITURE}, .infobox, .references, .navbox, .catlinks, #mw-panel, table, sup.reference`, seedStory: false };
      case 'news':
        return {
          ...sized(news, t, 3000, 100),
          about: 'news page: heavy markup, ad slots, embedded post and video, teasers, inline scripts (seed story)',
          article: 'article.article',
          furniture: `${COMMON_FURNITURE}, .ad-slot, .embed, .inline-related, .newsletter-box, .around-the-web, .rail, .breaking-banner, .share-bar`,
          seedStory: true,
        };
      case 'under':
        return { ...sized((n) => longRead(n, 505, 'The slate country, told by those who stayed'), t, 60), about: `long read just under the former in-page threshold (${FORMER_IN_PAGE_LIMIT.toLocaleString('en-US')} characters)`, article: '.longread__body', furniture: COMMON_FURNITURE, seedStory: false };
      case 'over':
        return { ...sized((n) => longRead(n, 606, 'The harbour at the end of the line'), t, 60), about: `long read just over the former in-page threshold (${FORMER_IN_PAGE_LIMIT.toLocaleString('en-US')} characters)`, article: '.longread__body', furniture: COMMON_FURNITURE, seedStory: false };
    }
  };
  return names.map((name) => ({ name, file: `shape-${name}.html`, ...make(name) }));
}

/** Writes the pages into dir; returns them. */
export function writeShapePages(dir: string, names: readonly ShapeName[] = SHAPE_NAMES): ShapePage[] {
  fs.mkdirSync(dir, { recursive: true });
  const pages = shapePages(names);
  for (const p of pages) fs.writeFileSync(path.join(dir, p.file), p.html);
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const pages = dir ? writeShapePages(dir) : shapePages();
  for (const p of pages) console.log(`${p.name.padEnd(6)} ${String(p.chars).padStart(6)} characters, ${String(p.html.length).padStart(7)} bytes of HTML: ${p.about}`);
}
