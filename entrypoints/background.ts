import { browser } from 'wxt/browser';
import { indexStatus } from '../lib/index/status';
import { RequestSchema, type IndexStatus } from '../lib/messages';

/**
 * The bundled index (index.json is generated at build time by modules/seed-index.ts, so WXT's
 * PublicPath type does not list it), fetched from the extension's own files (never the network) once per session. */
let status: Promise<IndexStatus> | undefined;
function loadStatus(): Promise<IndexStatus> {
  status ??= fetch(browser.runtime.getURL('/index.json' as '/popup.html'))
    .then((r) => r.json())
    .then((data) => indexStatus(data, 'index.json'))
    .catch((e: Error) => ({ ok: false as const, error: `index.json: ${e.message}` }));
  return status;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only the extension's own pages may ask.
    if (sender.id !== browser.runtime.id) return false;
    const msg = RequestSchema.safeParse(raw);
    if (!msg.success) return false;
    loadStatus().then(sendResponse);
    return true;
  });
});
