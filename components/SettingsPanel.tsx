import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { migrateSettings, SETTINGS_KEY, siteOf, withHighlights, withRemember, withSite, type Settings } from '../lib/store/settings';
import { RememberPrompt } from './RememberPrompt';

/** The part of `browser.storage.local` the panel uses (a seam for tests). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface SettingsPanelProps {
  /** The tab's URL; the per-site switch is shown for http(s) pages only. */
  url: string | null;
  /** Called after the new settings were stored. */
  onSaved?: (s: Settings) => void;
  storage?: SettingsStorage;
}

/**
 * Three switches, saved as soon as they change: highlights on pages, remembering the articles read,
 * and Parallax on this tab's site; and, until the reader has answered it once, the question whether to
 * remember. The content script and the background read storage and apply them themselves.
 */
export function SettingsPanel({ url, onSaved, storage = browser.storage.local }: SettingsPanelProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const host = url ? siteOf(url) : null;

  useEffect(() => {
    storage
      .get(SETTINGS_KEY)
      .then((got) => setSettings(migrateSettings(got[SETTINGS_KEY])))
      .catch((e: unknown) => setError(`Settings could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }, [storage]);

  async function save(next: Settings) {
    setSettings(next);
    try {
      await storage.set({ [SETTINGS_KEY]: next });
      setError(null);
      onSaved?.(next);
    } catch (e) {
      setError(`Settings could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <section class="settings" aria-label="Settings">
      <label class="switch">
        <input
          type="checkbox"
          checked={settings?.highlights ?? false}
          disabled={settings === null}
          onChange={(e) => settings && void save(withHighlights(settings, e.currentTarget.checked))}
        />
        Highlight facts on pages
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings?.remember ?? false}
          disabled={settings === null}
          onChange={(e) => settings && void save(withRemember(settings, e.currentTarget.checked))}
        />
        Remember articles I read
      </label>
      {host !== null ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={settings ? !settings.disabledSites.includes(host) : false}
            disabled={settings === null}
            onChange={(e) => settings && void save(withSite(settings, host, e.currentTarget.checked))}
          />
          Use Parallax on {host}
        </label>
      ) : null}
      {settings !== null && !settings.rememberAsked ? <RememberPrompt onAnswer={(on) => void save(withRemember(settings, on))} /> : null}
      {error !== null ? (
        <p class="message error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
