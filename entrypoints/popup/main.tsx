// First: zod's config must run before any module that defines a schema (lib/zod-config.ts).
import '../../lib/zod-config';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusPanel } from '../../components/CorpusPanel';
import { ExportBar } from '../../components/ExportBar';
import { IndexSummary } from '../../components/IndexSummary';
import { PageComparison } from '../../components/PageComparison';
import { SettingsPanel } from '../../components/SettingsPanel';
import { StoryPanel } from '../../components/StoryPanel';
import { storySeeds } from '../../lib/corpus/stories';
import { pageView, type TabState } from '../../lib/annotate/facts';
import { CorpusStatusSchema, IndexStatusSchema, MAX_STORY_SEEDS, RememberReplySchema, RevealReplySchema, StoryReplySchema, type CorpusStatus, type IndexStatus, type RememberReply, type StoryReply } from '../../lib/messages';
import type { PageAnnotations } from '../../lib/annotate/schema';
import { fetchPageState } from '../../lib/reply-slices';
import './style.css';

/** How often to ask again while the content script is still reading the page, and for how long. */
const POLL_MS = 500;
const POLL_LIMIT_MS = 20_000;
/** After a settings change, give the content script a moment to react before asking it again. */
const SETTLE_MS = 300;

/** The tab to show: `?tab=<id>` when the popup is opened as a page (automation), else the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The content script's state; no content script (a thrown error, no answer) means the tab cannot be read. */
async function askTab(tabId: number | null): Promise<TabState> {
  if (tabId === null) return { state: 'unreachable' };
  try {
    return (await fetchPageState((message) => browser.tabs.sendMessage(tabId, message))) ?? { state: 'unreachable' };
  } catch {
    return { state: 'unreachable' };
  }
}

async function askIndex(): Promise<IndexStatus> {
  try {
    const r = IndexStatusSchema.safeParse(await browser.runtime.sendMessage({ type: 'index-status' }));
    return r.success ? r.data : { ok: false, error: 'The background answered with something Parallax does not understand.' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

async function askCorpus(url: string | null): Promise<CorpusStatus> {
  try {
    const r = CorpusStatusSchema.safeParse(await browser.runtime.sendMessage({ type: 'corpus-status', ...(url ? { url } : {}) }));
    return r.success ? r.data : { ok: false, error: 'The background answered with something Parallax does not understand.' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The articles on the page's story (lib/corpus/stories.ts), from the articles its links share facts with. */
async function askStory(page: PageAnnotations): Promise<StoryReply> {
  const seeds = storySeeds(page.annotations.flatMap((a) => a.links)).slice(0, MAX_STORY_SEEDS);
  if (seeds.length === 0) return { ok: true, articles: [] };
  try {
    const r = StoryReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'story', url: page.url, seeds }));
    return r.success ? r.data : { ok: false, error: 'The background answered with something Parallax does not understand.' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A remember/forget reply as the reader reads it. */
function rememberNote(raw: unknown): { tone: 'info' | 'error'; text: string } {
  const r = RememberReplySchema.safeParse(raw);
  if (!r.success) return { tone: 'error', text: 'The page did not answer: reload it and try again.' };
  const reply: RememberReply = r.data;
  if (!reply.ok) return { tone: 'error', text: reply.error };
  const said: Record<typeof reply.outcome, string> = {
    added: 'Remembered this page.',
    replaced: 'Remembered this page again (its text had changed).',
    unchanged: 'This page was already remembered.',
    duplicate: 'The same article is already remembered under another address.',
    removed: 'Removed this page from the remembered articles.',
    absent: 'This page was not remembered.',
  };
  return { tone: 'info', text: said[reply.outcome] };
}

function urlOf(tab: TabState | null): string | null {
  if (!tab || tab.state === 'unreachable') return null;
  return tab.state === 'annotated' ? tab.page.url : tab.url;
}

function Popup() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [tab, setTab] = useState<TabState | null>(null);
  const [index, setIndex] = useState<IndexStatus | null>(null);
  const [round, setRound] = useState(0);
  const [revealNote, setRevealNote] = useState<string | null>(null);
  const [corpus, setCorpus] = useState<CorpusStatus | null>(null);
  const [corpusNote, setCorpusNote] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [corpusBusy, setCorpusBusy] = useState(false);
  const [story, setStory] = useState<StoryReply | null>(null);
  const pageUrl = urlOf(tab);
  const annotated = tab?.state === 'annotated' ? tab.page : null;

  useEffect(() => {
    targetTab().then(setTabId, () => setTabId(null));
    void askIndex().then(setIndex);
  }, []);

  // Ask the tab, again every POLL_MS while it is still working, up to POLL_LIMIT_MS; a settings change starts a new round.
  useEffect(() => {
    if (tabId === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const poll = async () => {
      const state = await askTab(tabId);
      if (stopped) return;
      if (state.state === 'working' && Date.now() - started >= POLL_LIMIT_MS) {
        setTab({ state: 'timeout', url: state.url });
        return;
      }
      setTab(state);
      if (state.state === 'working') timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, round]);

  useEffect(() => {
    void askCorpus(pageUrl).then(setCorpus);
  }, [pageUrl, round]);

  // The story once the page is read, and again when the corpus changes (an article added or removed).
  useEffect(() => {
    if (!annotated) return setStory(null);
    let stopped = false;
    void askStory(annotated).then((r) => !stopped && setStory(r));
    return () => {
      stopped = true;
    };
  }, [annotated, corpus?.ok === true ? corpus.count : -1]);

  async function corpusAction(send: () => Promise<unknown>) {
    setCorpusBusy(true);
    try {
      setCorpusNote(rememberNote(await send()));
    } catch {
      setCorpusNote({ tone: 'error', text: 'The page did not answer: reload it and try again.' });
    } finally {
      setCorpus(await askCorpus(pageUrl));
      setCorpusBusy(false);
    }
  }

  const reveal = useCallback(
    (id: string) => {
      if (tabId === null || tabId === undefined) return;
      browser.tabs
        .sendMessage(tabId, { type: 'reveal', id })
        .then((raw) => {
          const r = RevealReplySchema.safeParse(raw);
          setRevealNote(r.success && r.data.ok ? null : 'That sentence is not highlighted on the page (highlights are off, or it could not be found).');
        })
        .catch(() => setRevealNote('The page did not answer: reload it and try again.'));
    },
    [tabId],
  );

  const view = pageView(tab ?? { state: 'working', url: '' }, index);
  return (
    <main class="popup">
      <header class="bar">
        <span class="brand">Parallax</span>
        <SettingsPanel url={urlOf(tab)} onSaved={() => setTimeout(() => setRound((n) => n + 1), SETTLE_MS)} />
      </header>
      {revealNote !== null ? (
        <p class="message info reveal-note" role="status">
          {revealNote}
        </p>
      ) : null}
      {/* Export first: on a page with many facts it would otherwise be a long scroll away. */}
      <ExportBar page={tab?.state === 'annotated' ? tab.page : null} />
      <CorpusPanel
        status={corpus}
        canAdd={tab?.state === 'annotated' && typeof tabId === 'number'}
        busy={corpusBusy}
        note={corpusNote}
        managerUrl={browser.runtime.getURL('/manager.html')}
        onAdd={() => typeof tabId === 'number' && void corpusAction(() => browser.tabs.sendMessage(tabId, { type: 'remember-page' }))}
        onRemove={() => pageUrl && void corpusAction(() => browser.runtime.sendMessage({ type: 'forget', url: pageUrl }))}
      />
      <StoryPanel reply={story} page={annotated ? { url: annotated.url, title: annotated.title, date: annotated.date, recognizedAs: annotated.recognizedAs } : null} />
      <PageComparison view={view} onReveal={reveal} />
      <IndexSummary status={index} />
    </main>
  );
}

const app = document.getElementById('app');
if (app) {
  // Opened in a tab (not the toolbar popup): let the layout use the page's width.
  browser.tabs
    .getCurrent()
    .then((t) => document.documentElement.classList.toggle('in-tab', t !== undefined))
    .catch(() => {});
  render(<Popup />, app);
}
