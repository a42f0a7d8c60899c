import { isProbablyReaderable } from '@mozilla/readability';
import type { NotArticle, PageReading } from './eligibility';

/**
 * Form controls a news article may hold (a comment box, a newsletter sign-up, a search field) before
 * the page counts as a form: a sign-in, a checkout or a survey has more, or a password field.
 */
const MAX_FORM_CONTROLS = 12;
/** Path segments that name a search-results page. */
const SEARCH_PATH = /(^|\/)(search|results|find)(\/|$)/i;
/** Query parameters a search-results page carries. */
const SEARCH_PARAMS = ['q', 'query', 'search', 'searchTerm', 'keywords', 's', 'text'];
/** Hosts and paths of web mail. */
const MAIL_HOST = /^(mail|webmail|outlook|inbox)\./i;
const MAIL_PATH = /(^|\/)(mail|inbox|webmail)(\/|$)/i;
/** Paths that are a site's front page: nothing, or a front-page file. */
const HOME_PATH = /^\/(index\.(html?|php|aspx?))?$/i;
/** JSON-LD types that are articles (schema.org's Article and its news kinds). */
const ARTICLE_TYPE = /(Article|BlogPosting)$/;

function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null) return;
    const t = (v as Record<string, unknown>)['@type'];
    if (typeof t === 'string') out.push(t);
    else if (Array.isArray(t)) out.push(...t.filter((x): x is string => typeof x === 'string'));
    const graph = (v as Record<string, unknown>)['@graph'];
    if (graph) visit(graph);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return out;
}

const metaContent = (doc: Document, selector: string): string | null => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;

/** The outlet that published the page: its og:site_name, else its host without `www.`. */
export function outletOf(doc: Document, url: string): string {
  const site = metaContent(doc, 'meta[property="og:site_name"], meta[name="og:site_name"]');
  if (site) return site.replace(/\s+/g, ' ').slice(0, 300);
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Why the page is not a news article, or null when it is one: Readability's isProbablyReaderable
 * and an article's shape (markup that says article: og:type, <article>, JSON-LD Article, a
 * published time), never a home page, search results, mail, a form or a document in an editor.
 */
export function notArticleReason(doc: Document, url: string): NotArticle | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'document';
  }
  if (MAIL_HOST.test(u.hostname) || MAIL_PATH.test(u.pathname)) return 'mail';
  if (SEARCH_PATH.test(u.pathname) || SEARCH_PARAMS.some((p) => u.searchParams.has(p))) return 'search-results';
  if (HOME_PATH.test(u.pathname)) return 'home-page';
  if ((doc.contentType && doc.contentType !== 'text/html') || doc.designMode === 'on' || doc.body?.isContentEditable) return 'document';
  if (doc.querySelector('input[type="password"]')) return 'form';
  if (doc.querySelectorAll('input:not([type="hidden"]):not([type="submit"]):not([type="button"]), textarea, select').length > MAX_FORM_CONTROLS) return 'form';
  const shaped =
    metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() === 'article' ||
    doc.querySelector('article') !== null ||
    metaContent(doc, 'meta[property="article:published_time"]') !== null ||
    jsonLdTypes(doc).some((t) => ARTICLE_TYPE.test(t));
  if (!shaped) return 'no-article-markup';
  if (!isProbablyReaderable(doc)) return 'not-readerable';
  return null;
}

/** What the background needs to decide whether to remember the page. */
export function readingOf(doc: Document, url: string, incognito: boolean): PageReading {
  return { outlet: outletOf(doc, url), notArticle: notArticleReason(doc, url), incognito };
}
