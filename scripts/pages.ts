/**
 * Realistic news-site pages built from `seeds/`, for browser tests and `npm run demo`: each seed's
 * article sits inside the furniture a real site wraps around it (masthead, section navigation, share
 * tools, photo captions, related-story teasers, reader comments, footer). The furniture restates the
 * story's facts on purpose ("more than 70 injured", "Four US personnel were injured at Bagram"), so a
 * test can prove Parallax reads only the article: nothing inside FURNITURE_SELECTOR may be highlighted.
 *
 * The article text is the seed's, word for word, but broken up the way real pages break it: entity
 * links and emphasised figures inside sentences, a drop cap, a word split by a comment, half a word
 * in a span. Output is deterministic (no clock, no randomness), so pages can be compared byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitBlocks, type BlockKind } from '../lib/text/blocks';
import type { Article } from '../lib/seeds/metadata';
import { readArticles } from './articles';
import { SEEDS_DIR } from './seed-index';

/** Every element a real site puts around an article: nothing inside these may ever be highlighted. */
export const FURNITURE_SELECTOR = 'header, nav, aside, #comments, footer, figcaption';

export interface SeedPage {
  /** The seed's file name without extension (`000_632a70be4bd1d4be`). */
  name: string;
  /** File name of the page: `<name>.html`. */
  file: string;
  /** The whole page. */
  html: string;
  /** The seed's id in the claim index (the same as `name`): the page is this indexed article. */
  sourceId: string;
}

/** Seeds whose page is dark (light text on a dark background), to check highlight legibility. */
const DARK_PAGES = new Set(['003']);

/** Entity mentions linked to topic pages, first mention per paragraph, as news sites do. */
const TOPIC_LINKS: readonly { re: RegExp; slug: string }[] = [
  { re: /\bBagram\b/, slug: 'bagram-air-base' },
  { re: /\bTaliban\b/, slug: 'taliban' },
  { re: /\bSoleimani\b/, slug: 'qasem-soleimani' },
  { re: /\bPentagon\b/, slug: 'pentagon' },
  { re: /\bHaqqani [Nn]etwork\b/, slug: 'haqqani-network' },
  { re: /\bKremlin\b/, slug: 'kremlin' },
];
/** Figures set in bold: the casualty and attack counts the outlets disagree on. */
const STRONG_FIGURES = /\b(?:more than (?:\d+|seventy)|at least (?:six|half-a-dozen))\b/g;
/** Smaller figures in italics, at most EM_PER_PARAGRAPH per paragraph so the markup stays plausible. */
const EM_FIGURES = /\b(?:[Ff]our|six|two|ten|\d{1,3})\b/g;
const EM_PER_PARAGRAPH = 2;
/** A word long enough to split in the middle (comment split, half-word span). */
const LONG_WORD = /\p{L}{9,}/gu;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACCENTS = ['#b3121d', '#0b5cad', '#1d6b3a', '#7a1fa2', '#c45100'];

/** Furniture lines that belong in the page header rather than the article. */
const HEADER_LINE = /^(site icon\b|breaking news$)/i;
const SHARE_LINE = /^get short url$/i;
const SECTION_LINE = /^(asia|europe|africa|americas|middle east|world|us|politics)( ?& ?[a-z ]+)?$/i;
const FOOTNOTE_LINE = /^\*\s/;
const SOURCE_LINK_LINE = /^source link$/i;
const MOBILE_LINE = /^exit mobile version$/i;
const CREDIT_LINE = /^(©\s*)?(afp|ap|reuters|getty images|sputnik|la presse)(\s+\d{4})?\s*\/?$/i;

const TEASERS: readonly { href: string; text: string }[] = [
  { href: '/world/bagram-attack-injured', text: 'Four US service members among more than 70 injured in Bagram Air Base attack' },
  { href: '/world/iran-bounties-explained', text: 'Iran bounties: what US intelligence says Tehran paid the Taliban' },
  { href: '/world/taliban-deny-iranian-money', text: 'Taliban deny taking Iranian money to target American troops' },
  { href: '/politics/pentagon-haqqani-briefing', text: 'Pentagon briefing tied Haqqani network attack to bounty payments, sources say' },
];

const COMMENTS: readonly { who: string; when: string; text: string }[] = [
  { who: 'kestrel_44', when: '2 hours ago', text: 'Four US personnel were injured at Bagram and nobody talks about it.' },
  {
    who: 'M. Okafor',
    when: '3 hours ago',
    text: 'So Iran paid the Taliban bounties to attack American troops, and in March the White House decided to do nothing? Two civilians were killed and more than 70 people were injured.',
  },
  { who: 'northern_lights', when: '5 hours ago', text: 'Soleimani was killed less than a month after the Bagram attack. Funny how that works.' },
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The outlet as a masthead: "The Hill (reworded copy)" reads "The Hill". */
function masthead(outlet: string): string {
  return outlet.replace(/\s*\([^)]*\)\s*$/, '').trim() || outlet;
}

interface Wrap { start: number; end: number; open: string; close: string }
interface Insert { at: number; html: string }

/** A paragraph's text as HTML with inline markup: the text content stays exactly `text`. */
function renderInline(text: string, wraps: Wrap[], inserts: Insert[]): string {
  const sorted = [...wraps].sort((a, b) => a.start - b.start);
  const queue = [...inserts].sort((a, b) => a.at - b.at);
  let out = '';
  let pos = 0;
  const emitUpTo = (to: number) => {
    while (queue[0] && queue[0].at <= to) {
      const ins = queue.shift() as Insert;
      out += esc(text.slice(pos, ins.at)) + ins.html;
      pos = ins.at;
    }
    out += esc(text.slice(pos, to));
    pos = to;
  };
  for (const w of sorted) {
    emitUpTo(w.start);
    out += w.open;
    emitUpTo(w.end);
    out += w.close;
  }
  emitUpTo(text.length);
  return out;
}

const overlaps = (wraps: readonly Wrap[], start: number, end: number) => wraps.some((w) => start < w.end && end > w.start);

/** Which odd node splits a paragraph gets, by its position among the body paragraphs. */
interface Splits { dropCap: boolean; commentSplit: boolean; halfWordSpan: boolean }

function paragraphHtml(text: string, splits: Splits): string {
  const wraps: Wrap[] = [];
  const inserts: Insert[] = [];
  const add = (start: number, end: number, open: string, close: string) => {
    if (end > start && !overlaps(wraps, start, end)) wraps.push({ start, end, open, close });
  };
  // A drop cap: the paragraph's first letter in a span of its own (the text splits after one character).
  if (splits.dropCap) add(0, 1, '<span class="dropcap">', '</span>');
  for (const { re, slug: s } of TOPIC_LINKS) {
    const m = re.exec(text);
    if (m) add(m.index, m.index + m[0].length, `<a href="/topic/${s}">`, '</a>');
  }
  for (const m of text.matchAll(STRONG_FIGURES)) add(m.index, m.index + m[0].length, '<strong>', '</strong>');
  let ems = 0;
  for (const m of text.matchAll(EM_FIGURES)) {
    if (ems >= EM_PER_PARAGRAPH) break;
    if (overlaps(wraps, m.index, m.index + m[0].length)) continue;
    add(m.index, m.index + m[0].length, '<em>', '</em>');
    ems++;
  }
  const longWords = [...text.matchAll(LONG_WORD)].filter((m) => !overlaps(wraps, m.index, m.index + m[0].length));
  // Two text nodes inside one word, separated by a comment (what a CMS leaves behind).
  const forComment = longWords[0];
  if (splits.commentSplit && forComment) {
    inserts.push({ at: forComment.index + Math.floor(forComment[0].length / 2), html: '<!-- -->' });
  }
  // Half a word in a span (kerning and hyphenation scripts do this).
  const forSpan = longWords[1] ?? longWords[0];
  if (splits.halfWordSpan && forSpan) {
    const mid = forSpan.index + Math.floor(forSpan[0].length / 2);
    add(mid, forSpan.index + forSpan[0].length, '<span class="kern">', '</span>');
  }
  return renderInline(text, wraps, inserts);
}

interface Parts {
  title: string;
  /** Article content in order: paragraphs, sub-heads, figures. */
  body: string[];
  /** Lines for the header: "Breaking News", "Site icon …". */
  headerLines: string[];
  /** Section label ("Asia & Pacific") shown as a breadcrumb. */
  section?: string;
  /** Share widget lines ("Get short URL"). */
  shareLines: string[];
  /** Article footer: footnotes, "Source link". */
  footnotes: string[];
  sourceLink?: string;
  /** Page footer lines ("Exit mobile version"). */
  footerLines: string[];
  /** True when the seed itself has a photo caption. */
  hasFigure: boolean;
}

function figureHtml(caption: string, credit?: string): string {
  return [
    '<figure class="photo">',
    '<div class="photo-frame" role="img" aria-label="Photograph"></div>',
    `<figcaption>${esc(caption)}${credit ? ` <span class="credit">${esc(credit)}</span>` : ''}</figcaption>`,
    '</figure>',
  ].join('');
}

/** Sorts the seed's blocks into article content and the furniture places a real site would use. */
function layout(article: Article): Parts {
  const { text, meta } = article;
  const parts: Parts = { title: meta.title, body: [], headerLines: [], shareLines: [], footnotes: [], footerLines: [], hasFigure: false };
  const blocks = splitBlocks(text).map((b) => ({ kind: b.kind as BlockKind, text: text.slice(b.start, b.end).replace(/\s+/g, ' ').trim() }));
  let bodyIndex = 0;
  let pendingCredit: string | undefined;
  let sawHeadline = false;
  for (const b of blocks) {
    switch (b.kind) {
      case 'headline':
        // The first headline is the page's <h1>; the metadata title is the same line.
        if (!sawHeadline && b.text === meta.title) {
          sawHeadline = true;
          break;
        }
        parts.body.push(`<h2>${esc(b.text)}</h2>`);
        break;
      case 'subhead':
      case 'label':
        parts.body.push(`<h2>${esc(b.text)}</h2>`);
        break;
      case 'body': {
        const splits: Splits = { dropCap: bodyIndex === 0, commentSplit: bodyIndex === 1, halfWordSpan: bodyIndex === 2 };
        parts.body.push(`<p>${paragraphHtml(b.text, splits)}</p>`);
        bodyIndex++;
        break;
      }
      case 'caption': {
        const credit = pendingCredit;
        pendingCredit = undefined;
        parts.body.push(figureHtml(b.text, credit));
        parts.hasFigure = true;
        break;
      }
      case 'furniture':
        if (HEADER_LINE.test(b.text)) parts.headerLines.push(b.text);
        else if (SHARE_LINE.test(b.text)) parts.shareLines.push(b.text);
        else if (SECTION_LINE.test(b.text)) parts.section = b.text;
        else if (FOOTNOTE_LINE.test(b.text)) parts.footnotes.push(b.text);
        else if (SOURCE_LINK_LINE.test(b.text)) parts.sourceLink = b.text;
        else if (MOBILE_LINE.test(b.text)) parts.footerLines.push(b.text);
        else if (CREDIT_LINE.test(b.text)) pendingCredit = b.text;
        // Anything else (a lone "." left by copy-paste) is dropped: no site would show it.
        break;
    }
  }
  return parts;
}

const STYLE = `
:root { --bg: #f7f5f0; --paper: #ffffff; --ink: #1a1a1a; --muted: #5f6368; --rule: #dcd8cf; --link: #0b4f9c; --bar: #111; --bar-ink: #fff; }
body.dark { --bg: #101214; --paper: #181b1f; --ink: #e8e6e3; --muted: #a0a4a8; --rule: #2f343a; --link: #8ab4f8; --bar: #000; --bar-ink: #f1f1f1; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 18px/1.6 Georgia, 'DejaVu Serif', 'Times New Roman', serif; }
a { color: var(--link); }
.site-header { background: var(--bar); color: var(--bar-ink); font-family: 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; }
.site-header .top { max-width: 1120px; margin: 0 auto; padding: 18px 20px 8px; display: flex; align-items: baseline; gap: 16px; }
.logo { color: var(--bar-ink); text-decoration: none; font: 700 34px/1 Georgia, 'DejaVu Serif', serif; letter-spacing: -0.5px; border-left: 8px solid var(--accent); padding-left: 12px; }
.edition { color: #bbb; font-size: 13px; text-transform: uppercase; letter-spacing: 1px; }
.site-icon { margin: 0; color: #bbb; font-size: 13px; }
.breaking { background: var(--accent); color: #fff; font: 700 14px/1 'Helvetica Neue', Arial, sans-serif; text-transform: uppercase; letter-spacing: 1px; padding: 8px 20px; }
.breaking p { max-width: 1120px; margin: 0 auto; }
.sections { border-top: 1px solid #333; }
.sections ul { max-width: 1120px; margin: 0 auto; padding: 0 20px; list-style: none; display: flex; gap: 22px; }
.sections a { display: block; padding: 10px 0; color: var(--bar-ink); text-decoration: none; font-size: 14px; font-weight: 600; }
.sections a:hover { box-shadow: inset 0 -3px 0 var(--accent); }
.layout { max-width: 1120px; margin: 24px auto; padding: 0 20px; display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 40px; }
main { background: var(--paper); padding: 28px 40px 36px; border: 1px solid var(--rule); }
.breadcrumb { font: 13px 'Helvetica Neue', Arial, sans-serif; color: var(--muted); text-transform: uppercase; letter-spacing: 1px; }
.breadcrumb a { color: var(--accent); text-decoration: none; font-weight: 700; }
h1 { font-size: 38px; line-height: 1.15; margin: 10px 0 14px; }
h2 { font-size: 24px; margin: 30px 0 8px; }
.byline { font: 14px 'Helvetica Neue', Arial, sans-serif; color: var(--muted); margin: 0 0 12px; border-bottom: 1px solid var(--rule); padding-bottom: 12px; }
.byline .author { color: var(--ink); font-weight: 700; }
.share { display: flex; gap: 8px; margin: 0 0 18px; font: 13px 'Helvetica Neue', Arial, sans-serif; }
.share a, .share button { border: 1px solid var(--rule); border-radius: 16px; padding: 4px 12px; background: transparent; color: var(--muted); text-decoration: none; font: inherit; }
.article-body p { margin: 0 0 18px; }
.dropcap { float: left; font-size: 64px; line-height: 0.9; padding: 6px 8px 0 0; color: var(--accent); font-weight: 700; }
.photo { margin: 24px 0; }
.photo-frame { height: 260px; background: linear-gradient(135deg, #8a7f6a, #c9b98f 45%, #6d7a86); border-radius: 2px; }
figcaption { font: 14px/1.45 'Helvetica Neue', Arial, sans-serif; color: var(--muted); padding: 8px 0; border-bottom: 1px solid var(--rule); }
.credit { text-transform: uppercase; font-size: 11px; letter-spacing: 1px; }
.article-footer { margin-top: 28px; padding-top: 12px; border-top: 1px solid var(--rule); font: 14px 'Helvetica Neue', Arial, sans-serif; color: var(--muted); }
#comments { margin-top: 36px; border-top: 4px solid var(--ink); padding-top: 8px; font-family: 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; }
#comments h2 { font-size: 20px; margin-top: 8px; }
.comment { list-style: none; border-bottom: 1px solid var(--rule); padding: 10px 0; }
.comment .who { font-weight: 700; font-size: 14px; margin: 0; }
.comment .who time { font-weight: 400; color: var(--muted); margin-left: 8px; }
.comment p { margin: 4px 0; font-size: 16px; }
#comments ol { padding: 0; margin: 0; }
#comments textarea { width: 100%; min-height: 60px; margin-top: 12px; background: var(--paper); color: var(--ink); border: 1px solid var(--rule); }
.related { font-family: 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; }
.related h2 { font-size: 15px; text-transform: uppercase; letter-spacing: 1px; border-top: 4px solid var(--accent); padding-top: 8px; margin-top: 0; }
.related ul { list-style: none; padding: 0; margin: 0; }
.related li { border-bottom: 1px solid var(--rule); padding: 12px 0; }
.related a { color: var(--ink); text-decoration: none; font-weight: 700; font-size: 16px; line-height: 1.35; }
.related .kicker { display: block; color: var(--accent); font-size: 12px; text-transform: uppercase; letter-spacing: 1px; }
.ad { margin-top: 24px; height: 250px; border: 1px dashed var(--rule); color: var(--muted); display: grid; place-items: center; font: 12px 'Helvetica Neue', Arial, sans-serif; letter-spacing: 2px; }
.site-footer { background: var(--bar); color: #aaa; font: 14px 'Helvetica Neue', Arial, sans-serif; padding: 28px 20px; margin-top: 40px; }
.site-footer .inner { max-width: 1120px; margin: 0 auto; display: flex; flex-wrap: wrap; gap: 20px; justify-content: space-between; }
.site-footer a { color: #ddd; margin-right: 16px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } main { padding: 20px; } }
`;

function articleJsonLd(article: Article, site: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.meta.title,
    ...(article.meta.date ? { datePublished: article.meta.date } : {}),
    publisher: { '@type': 'Organization', name: site },
  };
  // "<" escaped so the JSON can never close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function pageHtml(article: Article, index: number): string {
  const { meta } = article;
  const parts = layout(article);
  const site = masthead(meta.outlet);
  const dark = DARK_PAGES.has(article.id.slice(0, 3));
  const accent = ACCENTS[index % ACCENTS.length] ?? ACCENTS[0];
  const date = meta.date;
  const body = [...parts.body];
  // Sites put a lead photo under the headline; its caption restates the story (furniture all the same).
  if (!parts.hasFigure) {
    body.splice(1, 0, figureHtml('Bagram Air Base, where an attack in December killed two civilians and injured more than 70 people, four of them US personnel.', 'File photo'));
  }
  const sections = ['World', 'US', 'Politics', 'Middle East', 'Asia & Pacific', 'Opinion', 'Video'];
  const lines = [
    '<!doctype html>',
    `<html lang="${esc(meta.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(meta.title)} | ${esc(site)}</title>`,
    `<meta property="og:site_name" content="${esc(site)}">`,
    `<meta property="og:title" content="${esc(meta.title)}">`,
    '<meta property="og:type" content="article">',
    ...(date ? [`<meta property="article:published_time" content="${esc(date)}">`] : []),
    ...(meta.url ? [`<link rel="canonical" href="${esc(meta.url)}">`] : []),
    `<script type="application/ld+json">${articleJsonLd(article, site)}</script>`,
    `<style>:root { --accent: ${accent}; }${STYLE}</style>`,
    '</head>',
    `<body class="${dark ? 'dark' : 'light'}">`,
    '<header class="site-header">',
    ...parts.headerLines.filter((l) => /^breaking news$/i.test(l)).map((l) => `<aside class="breaking"><p>${esc(l)}</p></aside>`),
    '<div class="top">',
    `<a class="logo" href="/">${esc(site)}</a>`,
    `<span class="edition">International edition${date ? ` · ${esc(longDate(date))}` : ''}</span>`,
    ...parts.headerLines.filter((l) => !/^breaking news$/i.test(l)).map((l) => `<p class="site-icon">${esc(l)}</p>`),
    '</div>',
    '<nav class="sections" aria-label="Sections"><ul>',
    ...sections.map((s) => `<li><a href="/section/${slug(s)}">${esc(s)}</a></li>`),
    '</ul></nav>',
    '</header>',
    '<div class="layout">',
    '<main id="main">',
    `<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/section/${slug(parts.section ?? 'World')}">${esc(parts.section ?? 'World')}</a></nav>`,
    '<article>',
    `<h1>${esc(parts.title)}</h1>`,
    `<p class="byline">By <span class="author">${esc(site)} staff</span>${date ? ` · <time datetime="${esc(date)}">${esc(longDate(date))}</time>` : ''}</p>`,
    '<aside class="share" aria-label="Share">',
    ...parts.shareLines.map((l) => `<button type="button">${esc(l)}</button>`),
    '<a href="#share-twitter">Tweet</a><a href="#share-email">Email</a><a href="#share-print">Print</a>',
    '</aside>',
    '<div class="article-body">',
    ...body,
    '</div>',
    ...(parts.footnotes.length || parts.sourceLink
      ? [
          '<footer class="article-footer">',
          ...parts.footnotes.map((f) => `<p class="footnote">${esc(f)}</p>`),
          ...(parts.sourceLink ? [`<p><a href="${esc(meta.url ?? '#source')}">${esc(parts.sourceLink)}</a></p>`] : []),
          '</footer>',
        ]
      : []),
    '</article>',
    '<section id="comments" aria-label="Comments">',
    `<h2>Comments (${COMMENTS.length})</h2>`,
    '<ol>',
    ...COMMENTS.map((c) => `<li class="comment"><p class="who">${esc(c.who)}<time>${esc(c.when)}</time></p><p>${esc(c.text)}</p></li>`),
    '</ol>',
    '<form><label>Join the discussion<textarea placeholder="Write a comment"></textarea></label></form>',
    '</section>',
    '</main>',
    '<aside class="related" aria-label="Related stories">',
    '<h2>Related stories</h2>',
    '<ul>',
    ...TEASERS.map((t) => `<li><span class="kicker">${esc(t.href.split('/')[1] ?? 'world')}</span><a href="${esc(t.href)}">${esc(t.text)}</a></li>`),
    '</ul>',
    '<div class="ad">ADVERTISEMENT</div>',
    '</aside>',
    '</div>',
    '<footer class="site-footer"><div class="inner">',
    `<p>© 2020 ${esc(site)}. All rights reserved.</p>`,
    '<p><a href="/about">About us</a><a href="/contact">Contact</a><a href="/privacy">Privacy policy</a><a href="/terms">Terms of use</a>',
    ...parts.footerLines.map((l) => `<a href="#mobile">${esc(l)}</a>`),
    '</p>',
    '</div></footer>',
    '</body>',
    '</html>',
    '',
  ];
  return lines.join('\n');
}

/** One news page per seed, in seed order. Deterministic: the same seeds give byte-identical pages. */
export function seedPages(seedsDir: string = SEEDS_DIR): SeedPage[] {
  return readArticles(seedsDir).map((a, i) => ({ name: a.id, file: `${a.id}.html`, html: pageHtml(a, i), sourceId: a.id }));
}

function indexHtml(pages: readonly SeedPage[], articles: ReadonlyMap<string, Article>): string {
  const items = pages.map((p) => {
    const a = articles.get(p.sourceId);
    const label = a ? `${a.meta.title} (${masthead(a.meta.outlet)})` : p.name;
    return `<li><a href="${esc(p.file)}">${esc(label)}</a></li>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Parallax test pages</title>',
    '<style>body { font: 17px/1.6 Georgia, serif; max-width: 760px; margin: 40px auto; padding: 0 20px; } li { margin: 8px 0; }</style>',
    '</head><body>',
    '<h1>Parallax test pages</h1>',
    '<p>News pages built from the seed articles (scripts/pages.ts). Open one to see Parallax highlight the facts other outlets also reported.</p>',
    '<ul>',
    ...items,
    '</ul>',
    '</body></html>',
    '',
  ].join('\n');
}

/** Writes every seed page as `<dir>/<name>.html` and an `index.html` linking them; returns the pages. */
export function writeSeedPages(dir: string, seedsDir: string = SEEDS_DIR): SeedPage[] {
  const pages = seedPages(seedsDir);
  const articles = new Map(readArticles(seedsDir).map((a) => [a.id, a]));
  fs.mkdirSync(dir, { recursive: true });
  for (const p of pages) fs.writeFileSync(path.join(dir, p.file), p.html);
  fs.writeFileSync(path.join(dir, 'index.html'), indexHtml(pages, articles));
  return pages;
}
