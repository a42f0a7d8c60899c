/**
 * Who an article is, independent of where it was read: its corpus id (from its URL), and a hash of
 * its normalised text, so that the same article under another URL (AMP, print view, a syndicated
 * copy) is recognised as the same one. Plain string functions: no browser, no Node.
 */

/** Query parameters that only say where a reader came from; two URLs differing only in these are one page. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$/i;

/** Prefix of a remembered article's source id: keeps it apart from the bundled seeds' ids (`000_…`). */
export const CORPUS_ID_PREFIX = 'reader-';

/**
 * Two independent 32-bit FNV-1a style hashes joined as 16 hex digits. Collisions matter only for
 * deduplication, where 64 bits over a reader's few thousand articles leave a chance near 1e-12.
 */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The page URL without its fragment and tracking parameters; the input itself when it is not a URL. */
export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  return u.href;
}

/** The corpus id of the article at `url`: one record per page, whatever tracking parameters it was reached with. */
export function corpusIdOf(url: string): string {
  return `${CORPUS_ID_PREFIX}${hash64(normalizeUrl(url))}`;
}

/**
 * The article's words only: lowercase, letters and digits, single spaces. A print view or an AMP copy
 * of an article differs in its markup, quotation marks and line breaks, not in these.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Hash of the normalised text: equal for the same article under two URLs. */
export function textHashOf(text: string): string {
  return hash64(normalizeText(text));
}
