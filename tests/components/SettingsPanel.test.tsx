// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPanel } from '../../components/SettingsPanel';
import { DEFAULT_SETTINGS, SETTINGS_KEY, migrateSettings } from '../../lib/store/settings';

async function show(url: string | null, onSaved = vi.fn()): Promise<HTMLElement> {
  const div = document.createElement('div');
  document.body.append(div);
  await act(async () => {
    render(<SettingsPanel url={url} onSaved={onSaved} />, div);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return div;
}

function box(root: HTMLElement, label: string): HTMLInputElement {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
  if (!l) throw new Error(`no checkbox "${label}" in: ${root.textContent}`);
  return l.querySelector('input')!;
}

async function stored() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return migrateSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('SettingsPanel', () => {
  it('asks once whether to remember articles; the answer is stored and the question does not come back', async () => {
    const root = await show('https://news.test/story');
    const ask = root.querySelector('[aria-label="Remember articles"]');
    expect(ask?.textContent).toMatch(/Remember the news articles you read.*stay in this browser only/);
    expect(box(root, 'Remember articles I read').checked).toBe(false);
    await act(async () => {
      [...ask!.querySelectorAll('button')].find((b) => b.textContent === 'Not now')!.click();
    });
    expect(await stored()).toMatchObject({ remember: false, rememberAsked: true });
    expect(root.querySelector('[aria-label="Remember articles"]')).toBeNull();
    // Opened again: not asked again; the switch still changes it.
    document.body.replaceChildren();
    const again = await show('https://news.test/story');
    expect(again.querySelector('[aria-label="Remember articles"]')).toBeNull();
    await act(async () => {
      box(again, 'Remember articles I read').click();
    });
    expect(await stored()).toMatchObject({ remember: true, rememberAsked: true });
  });

  it('shows the stored settings: highlights, and Parallax on this site', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, highlights: false, disabledSites: ['news.test'] } });
    const root = await show('https://news.test/story');
    expect(box(root, 'Highlight facts on pages').checked).toBe(false);
    expect(box(root, 'Use Parallax on news.test').checked).toBe(false);
  });

  it('saves a change at once', async () => {
    const onSaved = vi.fn();
    const root = await show('https://www.example.com/a?b=1', onSaved);
    expect(box(root, 'Highlight facts on pages').checked).toBe(true);
    await act(async () => {
      box(root, 'Use Parallax on www.example.com').click();
    });
    expect(await stored()).toEqual({ version: 2, highlights: true, remember: false, rememberAsked: false, disabledSites: ['www.example.com'] });
    await act(async () => {
      box(root, 'Highlight facts on pages').click();
    });
    expect(await stored()).toEqual({ version: 2, highlights: false, remember: false, rememberAsked: false, disabledSites: ['www.example.com'] });
    expect(onSaved).toHaveBeenCalledTimes(2);
    await act(async () => {
      box(root, 'Use Parallax on www.example.com').click();
    });
    expect((await stored()).disabledSites).toEqual([]);
  });

  it('has no per-site switch for a tab that is not a web page', async () => {
    const root = await show(null);
    // Highlights and remembering only.
    expect(root.querySelectorAll('input[type=checkbox]')).toHaveLength(2);
    expect(root.textContent).not.toContain('Use Parallax on');
    expect((await show('chrome://extensions/')).textContent).not.toContain('Use Parallax on');
  });
});
