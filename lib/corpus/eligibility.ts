import { isEnabledOn, type Settings } from '../store/settings';

/** Why a page is not a news article Parallax would remember (or null: it is one). */
export type NotArticle = 'home-page' | 'search-results' | 'mail' | 'form' | 'document' | 'not-readerable' | 'no-article-markup';

/** Why a page read by Parallax is not remembered. */
export type NotRemembered = 'setting-off' | 'private-window' | 'excluded-site' | NotArticle;

/** In plain words, for the popup. */
export const NOT_REMEMBERED_TEXT: Readonly<Record<NotRemembered, string>> = {
  'setting-off': 'Remembering is off.',
  'private-window': 'Pages in private windows are never remembered.',
  'excluded-site': 'Parallax is off on this site.',
  'home-page': 'This is a home page, not an article.',
  'search-results': 'This is a search-results page.',
  mail: 'This is a mail page.',
  form: 'This page is a form.',
  document: 'This is a document, not a news page.',
  'not-readerable': 'Parallax does not read this page as an article.',
  'no-article-markup': 'The page does not mark itself as an article.',
};

/** What the content script tells the background about the page it read. */
export interface PageReading {
  /** The outlet: og:site_name, else the host. */
  outlet: string;
  /** Null when the page is a news article, else why not. */
  notArticle: NotArticle | null;
  /** The content script runs in a private (incognito) window. */
  incognito: boolean;
}

/**
 * Whether the background remembers a page it annotated. Private windows count when either the
 * content script or the sender's tab says so; sites the reader switched Parallax off on never count.
 */
export function rememberDecision(settings: Settings, url: string, reading: PageReading, tabIncognito: boolean): NotRemembered | null {
  if (reading.incognito || tabIncognito) return 'private-window';
  if (!settings.remember) return 'setting-off';
  if (!isEnabledOn(settings, url)) return 'excluded-site';
  return reading.notArticle;
}
