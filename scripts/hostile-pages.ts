/**
 * Hostile test pages for the browser tests of issue 5 (tests/e2e/hostile.test.ts): the realistic seed
 * pages of scripts/pages.ts, each turned into one thing a real page can throw at Parallax. Text that
 * looks like markup or a spreadsheet formula inside annotated sentences; a DOM of more than 100,000
 * nodes; same- and cross-origin iframes; an article half inside a shadow root; a contenteditable
 * article; `<pre>`, `<code>` and tables inside the article; right-to-left and non-English articles on
 * unrelated topics; a page that rewrites its highlighted sentences; a page that keeps deleting the
 * highlights. Plus a claim index whose articles carry markup and formulas (untrusted index text).
 *
 * Every page ends with the same small script, a ticker (`window.__ticker`) that records how long the
 * page's main thread was blocked, so a test can tell a frozen page from a busy one. No page loads
 * anything from outside the test servers. Output is deterministic.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIndex } from '../lib/index/build';
import type { Index } from '../lib/index/schema';
import type { Article } from '../lib/seeds/metadata';
import { readArticles } from './articles';
import { seedPages, type SeedPage } from './pages';
import { SEEDS_DIR } from './seed-index';

export interface HostilePage {
  /** File name without extension. */
  name: string;
  /** `<name>.html`. */
  file: string;
  html: string;
  /** What the page throws at Parallax, in a few words. */
  about: string;
}

/** Markup, script and formulas that end up inside sentences Parallax annotates: each must stay text. */
export const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  mdLink: '[link](javascript:alert(1))',
  hyperlink: '=HYPERLINK("http://example.invalid/x","Bagram report")',
  at: '@SUM(1+1)',
  plus: '+1 (202) 555-0100',
  minus: '-1+1',
} as const;

/** How often the ticker ticks (ms): a gap much longer than this is time the page could not run. */
export const TICK_MS = 50;

/**
 * The page's own ticker: `window.__ticker` = { start, ticks, gaps: [[at, gap ms]…] } (gaps over
 * 100 ms only). It starts after the page's first paint (the first layout of a 100k-node page is the
 * page's own cost, not Parallax's) and does not touch the DOM, so the page's markup is the same with
 * or without it running.
 */
const TICKER = `<script>
(() => {
  const t = { start: 0, last: 0, ticks: 0, gaps: [] };
  window.__ticker = t;
  const begin = () => {
    t.start = t.last = performance.now();
    setInterval(() => {
      const now = performance.now();
      const gap = now - t.last;
      t.last = now;
      t.ticks++;
      if (gap > 100) t.gaps.push([Math.round(now - gap), Math.round(gap)]);
    }, ${TICK_MS});
  };
  const afterPaint = () => requestAnimationFrame(() => setTimeout(begin, 0));
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, { once: true });
})();
</script>`;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Replaces one literal fragment of a page; throws when it is missing, so a change in scripts/pages.ts cannot silently empty a case. */
function replaceOnce(html: string, what: string, by: string, page: string): string {
  const at = html.indexOf(what);
  if (at < 0) throw new Error(`hostile-pages: "${what}" not found in ${page}`);
  return html.slice(0, at) + by + html.slice(at + what.length);
}

function withTicker(html: string, page: string): string {
  return replaceOnce(html, '</body>', `${TICKER}\n</body>`, page);
}

function seedHtml(seeds: readonly SeedPage[], prefix: string): string {
  const p = seeds.find((s) => s.name.startsWith(prefix));
  if (!p) throw new Error(`hostile-pages: no seed page ${prefix}`);
  return p.html;
}

/** Seed 000 with markup, script and formulas written (escaped, so visible) inside its annotated sentences and a quotation. */
function xssPage(seeds: readonly SeedPage[]): string {
  const name = 'xss';
  let html = seedHtml(seeds, '000');
  const edits: [string, string][] = [
    ['The attack killed <em>two</em> civilians', `The attack ${esc(PAYLOADS.img)} killed <em>two</em> civilians`],
    // Inside the quotation: Parallax compares quotations word for word, so it shows up in the note's difference.
    ['Tehran’s “support to some elements', `Tehran’s “support ${esc(PAYLOADS.script)} to some elements`],
    ['The decision was made in March not', `The decision was made in March ${esc(PAYLOADS.mdLink)} not`],
    // Sentences that start with a formula: a spreadsheet would run them from a CSV cell.
    ['Afghanistan. Russia denied the allegations.', `Afghanistan. ${esc(PAYLOADS.hyperlink)} Russia denied the allegations.`],
    ['<p>A current administration official', `<p>${esc(PAYLOADS.at)} A current administration official`],
    ['<p>The name of the foreign', `<p>${esc(PAYLOADS.plus)} The name of the foreign`],
    ['<p>The US killed top Iranian', `<p>${esc(PAYLOADS.minus)} The US killed top Iranian`],
  ];
  for (const [a, b] of edits) html = replaceOnce(html, a, b, name);
  return withTicker(html, name);
}

/** Reader comments, threaded, as a big site shows them: about 10 nodes a comment. */
function commentThreads(count: number): string {
  const names = ['kestrel_44', 'M. Okafor', 'northern_lights', 'r.vance', 'plainsight', 'D. Haddad', 'oldhand', 'marisol_t'];
  const lines = [
    'Four US personnel were injured at Bagram and nobody talks about it.',
    'Two civilians were killed and more than 70 people were injured, and the White House did nothing in March.',
    'Soleimani was killed less than a month after the Bagram attack.',
    'The report said Iran paid bounties to the Haqqani network for the attack.',
    'Russia denied the allegations, as it always does.',
  ];
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < count; i++) {
    // Threads: every few comments a reply opens a nested list, up to 12 levels, then they close.
    if (i % 7 === 3 && depth < 12) {
      out.push('<ol class="replies">');
      depth++;
    } else if (i % 7 === 6) {
      while (depth > 0) {
        out.push('</ol>');
        depth--;
      }
    }
    const who = names[i % names.length] ?? 'reader';
    const text = lines[i % lines.length] ?? '';
    out.push(`<li class="comment"><p class="who">${esc(who)}<time>${(i % 59) + 1} min ago</time></p><p>${esc(text)} <a href="#c${i}">Reply</a></p></li>`);
  }
  while (depth-- > 0) out.push('</ol>');
  return out.join('');
}

/** Seed 001 with about 100,000 nodes of reader comments (threads nested 12 deep) and a long teaser table. */
function bigDomPage(seeds: readonly SeedPage[]): string {
  const name = 'big-dom';
  let html = seedHtml(seeds, '001');
  html = replaceOnce(html, '</ol>\n<form>', `${commentThreads(10_500)}</ol>\n<form>`, name);
  const rows = Array.from({ length: 1_200 }, (_, i) => `<tr><td>${i + 1}</td><td><a href="/world/story-${i}">Story ${i + 1} from the archive</a></td><td>${(i % 28) + 1} Dec</td></tr>`);
  html = replaceOnce(html, '<div class="ad">', `<table class="archive"><tbody>${rows.join('')}</tbody></table><div class="ad">`, name);
  return withTicker(html, name);
}

/** Seed 002 with a same-origin iframe (seed 001) and a cross-origin one (seed 003 from the other server). */
function iframesPage(seeds: readonly SeedPage[], otherOrigin: string): string {
  const name = 'iframes';
  const [same, cross] = [seeds.find((s) => s.name.startsWith('001')), seeds.find((s) => s.name.startsWith('003'))];
  if (!same || !cross) throw new Error('hostile-pages: seeds 001 and 003 are needed for the iframe page');
  const frames = [
    `<iframe id="same-origin" title="Related coverage" src="/${esc(same.file)}" width="640" height="400"></iframe>`,
    `<iframe id="cross-origin" title="Partner coverage" src="${esc(new URL(cross.file, otherOrigin).href)}" width="640" height="400"></iframe>`,
  ];
  let html = seedHtml(seeds, '002');
  html = replaceOnce(html, '<section id="comments"', `<div class="embeds">${frames.join('\n')}</div>\n<section id="comments"`, name);
  return withTicker(html, name);
}

/**
 * Seed 003 with the second half of its article in an open shadow root (a "continue reading" web
 * component fills it from a `<template>`, so the light DOM is exactly what the HTML says).
 */
function shadowPage(seeds: readonly SeedPage[]): string {
  const name = 'shadow-root';
  const html = seedHtml(seeds, '003');
  const open = '<div class="article-body">\n';
  const start = html.indexOf(open);
  const end = html.indexOf('\n</div>\n', start);
  if (start < 0 || end < 0) throw new Error('hostile-pages: no article body in seed 003');
  const lines = html.slice(start + open.length, end).split('\n');
  const kept = lines.slice(0, Math.ceil(lines.length / 2));
  const moved = lines.slice(kept.length);
  const component = [
    `<template id="more-of-the-story">${moved.join('\n')}</template>`,
    '<story-continued class="continued"></story-continued>',
    '<script>',
    "document.querySelector('story-continued').attachShadow({ mode: 'open' }).append(document.getElementById('more-of-the-story').content.cloneNode(true));",
    '</script>',
  ];
  const rest = html.slice(0, start + open.length) + [...kept, ...component].join('\n') + html.slice(end);
  return withTicker(rest, name);
}

/** Seed 004 with an editable article body (a CMS preview, a notes app). */
function contentEditablePage(seeds: readonly SeedPage[]): string {
  const name = 'contenteditable';
  const html = replaceOnce(seedHtml(seeds, '004'), '<div class="article-body">', '<div class="article-body" contenteditable="true" spellcheck="false">', name);
  return withTicker(html, name);
}

/** Seed 002 with inline `<code>` inside annotated sentences, a `<pre><code>` listing and a table of figures inside the article. */
function preCodeTablePage(seeds: readonly SeedPage[]): string {
  const name = 'pre-code-table';
  let html = seedHtml(seeds, '002');
  // Inline code inside sentences (a data desk styling names and figures).
  html = replaceOnce(html, '<a href="/topic/haqqani-network">Haqqani network</a>', '<code>Haqqani network</code>', name);
  html = replaceOnce(html, '<strong>more than 75</strong> others were injured', '<code>more than 75</code> others were injured', name);
  const listing = [
    '<pre><code>// casualty figures as reported',
    'const injured = { cnn: "more than 70", theHill: "more than 75" };',
    'if (injured.cnn !== injured.theHill) {',
    '  flag("Bagram attack: the counts differ");',
    '}</code></pre>',
  ].join('\n');
  const table = [
    '<table class="figures"><caption>What each outlet reported</caption>',
    '<thead><tr><th>Outlet</th><th>Injured</th><th>Date of attack</th></tr></thead>',
    '<tbody><tr><td>CNN</td><td>more than 70</td><td>December 11</td></tr>',
    '<tr><td>The Hill</td><td>more than 75</td><td>December</td></tr>',
    '<tr><td colspan="3"><p>The report comes shortly after reports of similar bounties offered by Russia, which the Kremlin has denied.</p></td></tr></tbody>',
    '</table>',
  ].join('\n');
  html = replaceOnce(html, '\n</div>\n</article>', `\n${listing}\n${table}\n</div>\n</article>`, name);
  return withTicker(html, name);
}

/**
 * The rewriting page's corrections, as the source of a function of a document (the page runs it on
 * itself; a test runs it on a fresh parse of the page to know what the page should hold).
 */
export const REWRITE = `(doc) => {
  const body = doc.querySelector('.article-body');
  // 1. A whole paragraph replaced with new words.
  for (const p of body.querySelectorAll('p')) {
    if (p.textContent.includes('The name of the foreign government')) p.textContent = 'The name of the government that made these payments was published on Tuesday, officials said.';
  }
  // 2. Figures corrected inside text nodes (inside a highlighted sentence), and a word inserted.
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const t of texts) {
    if (t.data.includes('more than 70')) t.data = t.data.replace('more than 70', 'more than 700');
    if (t.data.includes('made in March')) t.data = t.data.replace('made in March', 'made in late March');
  }
}`;

/** Seed 000 rewriting its own highlighted sentences one second after Parallax highlighted them (a live blog correcting itself). */
function rewritePage(seeds: readonly SeedPage[]): string {
  const name = 'rewrite';
  const script = `<script>
// The page's own corrections, as a function of a document so a test can apply them to a fresh parse too.
window.__rewrite = ${REWRITE};
(() => {
  const started = performance.now();
  const wait = setInterval(() => {
    const highlighted = document.querySelector('mark[data-parallax-annotation]');
    if (!highlighted && performance.now() - started < 15000) return;
    clearInterval(wait);
    setTimeout(() => { window.__rewrite(document); window.__rewrittenAt = performance.now(); }, 1000);
  }, 100);
})();
</script>`;
  return withTicker(replaceOnce(seedHtml(seeds, '000'), '</body>', `${script}\n</body>`, name), name);
}

/** How often the highlight-deleting pages strike (ms). */
export const DELETE_EVERY_MS = 200;
/**
 * How long they fight (ms): 5 s (Parallax puts the highlights back, a few times) and 12 s (longer than
 * Parallax keeps putting them back: it must then let go cleanly).
 */
export const DELETE_FIGHTS = [
  { name: 'delete-highlights', forMs: 5_000 },
  { name: 'delete-highlights-long', forMs: 12_000 },
] as const;

/** Seed 001 removing every highlight (keeping its text) every 200 ms for `forMs`, as an over-eager sanitizer would. */
function deleteHighlightsPage(seeds: readonly SeedPage[], name: string, forMs: number): string {
  const script = `<script>
(() => {
  const log = (window.__deleted = { rounds: 0, marks: 0, start: 0, end: 0 });
  const started = performance.now();
  const wait = setInterval(() => {
    if (!document.querySelector('mark[data-parallax-annotation]') && performance.now() - started < 15000) return;
    clearInterval(wait);
    log.start = performance.now();
    const strike = setInterval(() => {
      for (const m of document.querySelectorAll('mark[data-parallax-annotation]')) {
        m.replaceWith(...m.childNodes);
        log.marks++;
      }
      log.rounds++;
      if (performance.now() - log.start >= ${forMs}) {
        clearInterval(strike);
        log.end = performance.now();
      }
    }, ${DELETE_EVERY_MS});
  }, 50);
})();
</script>`;
  return withTicker(replaceOnce(seedHtml(seeds, '001'), '</body>', `${script}\n</body>`, name), name);
}

/** Articles written for these tests, on topics unrelated to the seeds but sharing their figures, dates and a name. */
export const FOREIGN_ARTICLES: readonly { id: string; dir: 'ltr' | 'rtl'; meta: { outlet: string; title: string; language: string; date: string }; text: string }[] = [
  {
    id: 'he-light-rail',
    dir: 'rtl',
    meta: { outlet: 'חדשות העיר', title: 'הקו הסגול של הרכבת הקלה ייפתח לנוסעים בדצמבר', language: 'he', date: '2020-08-18' },
    text: [
      'הקו הסגול של הרכבת הקלה ייפתח לנוסעים בדצמבר',
      'משרד התחבורה הודיע ביום שני כי הקו הסגול של הרכבת הקלה ייפתח לנוסעים ב-11 בדצמבר, לאחר עיכוב של כשנתיים.',
      'לדברי המשרד, יותר מ-70 קרונות ייכנסו לשירות בשנה הראשונה, והקו יעבור דרך ארבע ערים במטרופולין.',
      'בחודש מרץ נערכו נסיעות המבחן הראשונות, ובמהלכן נפצעו קל שני עובדי תחזוקה בתאונה במסוף.',
      'ראש העירייה אמר כי הקו "ישנה את פני התחבורה הציבורית בעיר" וכי הוא מצפה ליותר מ-75 אלף נוסעים ביום.',
      'מתנגדי הפרויקט טוענים כי העבודות פגעו בעסקים לאורך התוואי, והעירייה הבטיחה פיצויים לבעלי החנויות.',
    ].join('\n'),
  },
  {
    id: 'ar-public-library',
    dir: 'rtl',
    meta: { outlet: 'صحيفة المدينة', title: 'افتتاح المكتبة العامة في وسط المدينة بعد ترميم استمر عامين', language: 'ar', date: '2020-08-18' },
    text: [
      'افتتاح المكتبة العامة في وسط المدينة بعد ترميم استمر عامين',
      'افتتحت البلدية يوم الاثنين المكتبة العامة الجديدة في وسط المدينة، بعد أعمال ترميم استمرت عامين وكلفت أكثر من 70 مليون درهم.',
      'وقال مدير المكتبة إن المبنى يضم أكثر من 75 ألف كتاب، إضافة إلى قاعة للأطفال وأربع قاعات للدراسة.',
      'وكانت أعمال الترميم قد توقفت في شهر مارس بسبب نقص في التمويل، قبل أن تستأنف في 11 ديسمبر.',
      'وأكد رئيس البلدية أن المكتبة "ستكون مفتوحة للجميع مجانا"، مشيرا إلى أن ستة فروع أخرى ستفتح في الأحياء خلال العام المقبل.',
    ].join('\n'),
  },
  {
    id: 'de-football-iran',
    dir: 'ltr',
    meta: { outlet: 'Sportblatt', title: 'Nationalmannschaft gewinnt Testspiel gegen Iran mit 2:1', language: 'de', date: '2020-08-18' },
    text: [
      'Nationalmannschaft gewinnt Testspiel gegen Iran mit 2:1',
      'Die Nationalmannschaft hat am 11. Dezember ein Testspiel gegen Iran in Frankfurt mit 2:1 gewonnen.',
      'Vor mehr als 70 000 Zuschauern erzielte der Stürmer in der zweiten Halbzeit beide Treffer für die Gastgeber.',
      'Nach dem Spiel wurden mehr als 75 Fans wegen kleinerer Verletzungen am Stadioneingang behandelt, wie die Polizei mitteilte.',
      'Der Bundestrainer sagte, die Mannschaft habe „einen wichtigen Schritt in Richtung Turnier“ gemacht, und lobte die Abwehr.',
      'Das nächste Spiel findet im März in Wien statt; der Verband rechnet erneut mit einem ausverkauften Stadion.',
    ].join('\n'),
  },
];

/** The foreign articles as news pages with the same furniture as the seed pages (through scripts/pages.ts). */
function foreignPages(): HostilePage[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-foreign-'));
  try {
    for (const a of FOREIGN_ARTICLES) {
      fs.writeFileSync(path.join(tmp, `${a.id}.txt`), a.text);
      fs.writeFileSync(path.join(tmp, `${a.id}.meta.json`), JSON.stringify({ ...a.meta, inferred: [] }));
    }
    return seedPages(tmp).map((p) => {
      const a = FOREIGN_ARTICLES.find((x) => x.id === p.name);
      const dir = a?.dir ?? 'ltr';
      const html = dir === 'rtl' ? replaceOnce(p.html, `<html lang="${a?.meta.language}">`, `<html lang="${a?.meta.language}" dir="rtl">`, p.name) : p.html;
      return { name: p.name, file: p.file, html: withTicker(html, p.name), about: `${a?.meta.language ?? '?'} article on an unrelated topic${dir === 'rtl' ? ', right to left' : ''}` };
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Every hostile page. `otherOrigin` is the second test server (for the cross-origin iframe), ending with a slash. */
export function hostilePages(opts: { otherOrigin: string; seedsDir?: string }): HostilePage[] {
  const seeds = seedPages(opts.seedsDir ?? SEEDS_DIR);
  const page = (name: string, html: string, about: string): HostilePage => ({ name, file: `${name}.html`, html, about });
  return [
    page('xss', xssPage(seeds), 'markup, script and formulas as text inside annotated sentences'),
    page('big-dom', bigDomPage(seeds), 'more than 100,000 nodes of comments and tables around the article'),
    page('iframes', iframesPage(seeds, opts.otherOrigin), 'same-origin and cross-origin iframes holding seed articles'),
    page('shadow-root', shadowPage(seeds), 'half the article inside an open shadow root'),
    page('contenteditable', contentEditablePage(seeds), 'an editable article body'),
    page('pre-code-table', preCodeTablePage(seeds), '<pre>, <code> and a table inside the article'),
    page('rewrite', rewritePage(seeds), 'the page rewrites highlighted sentences 1 s after highlighting'),
    ...DELETE_FIGHTS.map((f) => page(f.name, deleteHighlightsPage(seeds, f.name, f.forMs), `the page removes every highlight every ${DELETE_EVERY_MS} ms for ${f.forMs / 1000} s`)),
    ...foreignPages(),
  ];
}

/** Writes every hostile page into dir (beside the seed pages, which the iframes load). */
export function writeHostilePages(dir: string, opts: { otherOrigin: string; seedsDir?: string }): HostilePage[] {
  const pages = hostilePages(opts);
  fs.mkdirSync(dir, { recursive: true });
  for (const p of pages) fs.writeFileSync(path.join(dir, p.file), p.html);
  return pages;
}

/** The seed whose article carries markup in the hostile index: The Hill's copy, which seed 000's disputed sentence links to. */
export const HOSTILE_INDEX_SEED = '002';
/** The outlet name of that seed in the hostile index: a formula and an image tag. */
export const HOSTILE_OUTLET = `=HYPERLINK("http://example.invalid/o","The Hill") <img src=x onerror="window.__pwned='outlet'">`;

/**
 * The seeds with one article turned hostile (its outlet, title and the sentence other pages link to
 * carry markup, a script, a Markdown link and a formula), built into an index the way the build does.
 */
export function hostileIndex(generator: string, seedsDir: string = SEEDS_DIR): Index {
  const articles: Article[] = readArticles(seedsDir).map((a) => {
    if (!a.id.startsWith(HOSTILE_INDEX_SEED)) return a;
    const target = 'Four US personnel and more than 75 others were injured';
    if (!a.text.includes(target)) throw new Error(`hostile-pages: "${target}" not in seed ${a.id}`);
    return {
      ...a,
      meta: { ...a.meta, outlet: HOSTILE_OUTLET, title: `${PAYLOADS.script} ${a.meta.title}` },
      text: a.text.replace(target, `Four US personnel ${PAYLOADS.img} and more than 75 others ${PAYLOADS.mdLink} were injured`),
    };
  });
  return buildIndex(articles, generator);
}
