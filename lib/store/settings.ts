// zod/mini: these schemas ship in the content script, where every kilobyte is read on every page.
import * as z from 'zod/mini';

/** Key under which the settings live in `browser.storage.local`. */
export const SETTINGS_KEY = 'parallax.settings';

/**
 * A hostname as `new URL(...).hostname` gives it, without a trailing dot: lowercase letters, digits,
 * hyphens, underscores and dots (IDNs in punycode), or a bracketed IPv6 address.
 */
const HOSTNAME = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])$/;

/** Lowercase, no surrounding space or trailing dot; null when it is not a hostname. */
function normalizeHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return HOSTNAME.test(h) ? h : null;
}

function sortedUnique(hosts: Iterable<string>): string[] {
  return [...new Set(hosts)].sort();
}

export const SettingsSchema = z.lazy(() => z.object({
  /** Shape version; bump it and add a step to `migrateSettings` when the shape changes. */
  version: z.literal(2),
  /** Whether annotated sentences are highlighted on pages. */
  highlights: z.boolean(),
  /** Whether the news articles the reader opens are kept in their corpus (lib/corpus), to compare later pages with. Off until the reader turns it on. */
  remember: z.boolean(),
  /** Whether the popup has asked the reader about `remember` (it asks once). */
  rememberAsked: z.boolean(),
  /** Hostnames where Parallax stays off, sorted and without duplicates. */
  disabledSites: z
    .array(z.string().check(z.regex(HOSTNAME, 'expected a lowercase hostname')))
    .check(z.refine((a) => a.every((h, i) => i === 0 || (a[i - 1] as string) < h), 'expected sorted, unique hostnames')),
}));
export type Settings = z.infer<typeof SettingsSchema>;

/** Highlights on, no site switched off, nothing remembered and not yet asked. Treat as read-only; every function here returns a new object. */
export const DEFAULT_SETTINGS: Settings = { version: 2, highlights: true, remember: false, rememberAsked: false, disabledSites: [] };

/**
 * What release 0.0.x stored, with no version field: `highlights` (default on) and `disabled`, the sites
 * switched off, as hostnames in any case or as page/origin URLs (`https://example.com/`).
 */
export const SettingsV0Schema = z.lazy(() => z.object({
  highlights: z.optional(z.boolean()),
  disabled: z.optional(z.array(z.string())),
}));
export type SettingsV0 = z.infer<typeof SettingsV0Schema>;

/** A stored site entry as a hostname: URLs give their host, hostnames are normalised; null if neither. */
function hostOfEntry(entry: unknown): string | null {
  if (typeof entry !== 'string') return null;
  return siteOf(entry) ?? normalizeHost(entry);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Stored settings, whatever release wrote them, as current Settings. Never throws:
 * - nothing stored (undefined/null) → defaults;
 * - version 0 (no `version`): `highlights` kept, `disabled` → `disabledSites` (hosts of URLs, lowercased, sorted, unique);
 * - version 1 → 2: `remember` added, off, and not yet asked;
 * - version 2 → itself, normalised;
 * - anything else unreadable (not an object, unknown version) → defaults.
 * Within a readable shape, a field of the wrong type falls back to its default and a site entry that
 * is not a hostname is dropped, so one bad value does not cost the user the rest.
 */
export function migrateSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, disabledSites: [...DEFAULT_SETTINGS.disabledSites] };
  const version = raw.version;
  let highlights: unknown;
  let sites: unknown;
  // Version 1 → 2 adds these: absent below version 2, so they take their defaults.
  let remember: unknown;
  let rememberAsked: unknown;
  if (version === undefined) {
    // Version 0 → 1: `disabled` renamed `disabledSites` and restricted to hostnames.
    highlights = raw.highlights;
    sites = raw.disabled;
  } else if (version === 1) {
    highlights = raw.highlights;
    sites = raw.disabledSites;
  } else if (version === 2) {
    highlights = raw.highlights;
    sites = raw.disabledSites;
    remember = raw.remember;
    rememberAsked = raw.rememberAsked;
  } else {
    return { ...DEFAULT_SETTINGS, disabledSites: [...DEFAULT_SETTINGS.disabledSites] };
  }
  return {
    version: 2,
    highlights: typeof highlights === 'boolean' ? highlights : DEFAULT_SETTINGS.highlights,
    remember: typeof remember === 'boolean' ? remember : DEFAULT_SETTINGS.remember,
    rememberAsked: typeof rememberAsked === 'boolean' ? rememberAsked : DEFAULT_SETTINGS.rememberAsked,
    disabledSites: Array.isArray(sites) ? sortedUnique(sites.map(hostOfEntry).filter((h): h is string => h !== null)) : [],
  };
}

/** Hostname of an http(s) URL (lowercase, punycode, no trailing dot), else null. */
export function siteOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return normalizeHost(u.hostname);
}

/** Whether Parallax runs on this page: an http(s) page whose host the user has not switched off. */
export function isEnabledOn(s: Settings, url: string): boolean {
  const host = siteOf(url);
  return host !== null && !s.disabledSites.includes(host);
}

/** The settings with Parallax switched on or off for one host (exact host: www.x.com and x.com are separate). */
export function withSite(s: Settings, host: string, enabled: boolean): Settings {
  const h = normalizeHost(host);
  if (h === null) throw new Error(`"${host}" is not a site's hostname.`);
  const rest = s.disabledSites.filter((x) => x !== h);
  return { ...s, disabledSites: enabled ? rest : sortedUnique([...rest, h]) };
}

export function withHighlights(s: Settings, on: boolean): Settings {
  return { ...s, highlights: on };
}

/** The settings with remembering on or off; either way the reader has now been asked. */
export function withRemember(s: Settings, on: boolean): Settings {
  return { ...s, remember: on, rememberAsked: true };
}
