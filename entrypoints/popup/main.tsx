import { render } from 'preact';
import { browser } from 'wxt/browser';
import { IndexSummary } from '../../components/IndexSummary';
import { IndexStatusSchema, type IndexStatus } from '../../lib/messages';

async function ask(): Promise<IndexStatus> {
  const raw = await browser.runtime.sendMessage({ type: 'index-status' });
  const r = IndexStatusSchema.safeParse(raw);
  return r.success ? r.data : { ok: false, error: 'The background answered with something Parallax does not understand.' };
}

const app = document.getElementById('app');
if (app) {
  ask()
    .catch((e: Error) => ({ ok: false as const, error: e.message }))
    .then((status) => render(<IndexSummary status={status} />, app));
}
