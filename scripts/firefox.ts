/**
 * Debian Firefox ESR with a built extension installed, through puppeteer-core over WebDriver BiDi (see
 * /work/shared/TOOLCHAIN.md): the Firefox side of scripts/browser.ts.
 *
 * - The `firefox-mv2` build is installed as a temporary add-on (BiDi `webExtension.install`; unsigned is
 *   fine). The pref `extensions.webextensions.uuids` fixes its `moz-extension://<uuid>/` origin, so its
 *   pages can be opened: Firefox gives a temporary add-on a random uuid otherwise.
 * - Every request Firefox makes goes through a recording proxy on 127.0.0.1 (also the ones to
 *   127.0.0.1 itself: `network.proxy.allow_hijacking_localhost`). It forwards only to 127.0.0.1 and
 *   refuses anything else, so nothing can leave the machine, and `requests` lists what was asked.
 *   An extension's own files (moz-extension://, blob:) never reach the network, so not the proxy.
 * - Console: extension contexts (background page, content scripts, extension pages) reach neither
 *   BiDi's log events nor stdout by default. `consoleMessages()` reads Firefox's own stores in the chrome
 *   scope (needs `--remote-allow-system-access`): script errors (CSP reports, uncaught exceptions) from
 *   `Services.console`, `console.*` calls from the console API storage. Firefox's stdout/stderr are kept
 *   too (`devtools.console.stdout.content` / `.chrome` print every console message there).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageState } from '../lib/messages';
import { fetchPageState } from '../lib/reply-slices';

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
/** The add-on's internal uuid, fixed by a pref so its pages have a known origin. Any valid uuid would do. */
export const EXTENSION_UUID = '6f1b9d0e-3c57-4a8e-b2d4-9a0c5e7f1b23';
/** How long a page of the extension (popup.html) may take to load. */
const EXTENSION_PAGE_TIMEOUT_MS = 15_000;

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? DEFAULT_FIREFOX;
}

/** One message from Firefox's console stores. */
export interface ConsoleEntry {
  /** When it was logged (ms since the epoch). */
  time: number;
  /** 'script' (Services.console: errors, warnings, CSP reports) or 'console' (a console.* call). */
  kind: 'script' | 'console';
  /** 'error' | 'warn' | 'info' | 'log' | ... */
  level: string;
  message: string;
  /** The script the message came from (a moz-extension:// URL for Parallax's own). */
  source: string;
  /** Services.console's category (e.g. 'CSP', 'content javascript'); '' for console calls. */
  category: string;
  /** The add-on that logged it, when Firefox knows (console calls from extension contexts). */
  addonId: string;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `browser_specific_settings.gecko.id` of the installed build. */
  geckoId: string;
  /** `moz-extension://<uuid>`, no trailing slash. */
  origin: string;
  /** Where downloads (the popup's exports) land. */
  downloadDir: string;
  /** Every request Firefox sent through the proxy: an absolute URL, or `CONNECT host:port` for a tunnel. */
  requests: string[];
  /** Firefox's stdout and stderr, line by line, from launch on. */
  output: string[];
  /** Everything in Firefox's console stores now (all contexts, chrome and content). */
  consoleMessages(): Promise<ConsoleEntry[]>;
  /** Opens one of the extension's pages (e.g. 'popup.html?tab=3') in `page` and waits until it has loaded. */
  openExtensionPage(page: Page, file: string): Promise<void>;
  /** Closes Firefox, the proxy, and deletes the temporary folders. */
  close(): Promise<void>;
}

/** The gecko id a firefox-mv2 build declares. */
export function geckoIdOf(extDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extDir}/manifest.json declares no browser_specific_settings.gecko.id: is it a Firefox build?`);
  return id;
}

/**
 * An HTTP proxy on 127.0.0.1 that records every request and forwards only those to 127.0.0.1 (plain
 * HTTP, or a CONNECT tunnel); anything else gets a 403 and never leaves the machine.
 */
export async function recordingProxy(): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const isLocal = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
  const server = http.createServer((req, res) => {
    const target = req.url ?? '';
    requests.push(target);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (url.protocol !== 'http:' || !isLocal(url.hostname)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy: not 127.0.0.1\n');
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: Number(url.port || 80), path: `${url.pathname}${url.search}`, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client: Socket) => {
    const target = req.url ?? '';
    requests.push(`CONNECT ${target}`);
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    if (!isLocal(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Runs `expression` in Firefox's chrome (parent-process) scope and returns its JSON-serialisable result. */
async function evaluateInChrome<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome-scope browsing context (is --remote-allow-system-access passed?)');
  const reply = (await connection.send('script.evaluate', {
    expression: `JSON.stringify((() => { ${expression} })())`,
    target: { context },
    awaitPromise: false,
    'moz:scope': 'chrome',
  } as object)).result as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } };
  if (reply.type !== 'success' || reply.result?.type !== 'string') {
    throw new Error(`chrome-scope evaluation failed: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
  }
  return JSON.parse(reply.result.value ?? 'null') as T;
}

/** Both of Firefox's console stores, as ConsoleEntry (runs in the chrome scope). */
const CONSOLE_DUMP = `
  const out = [];
  const levels = ['error', 'warn', 'warn', 'info'];
  for (const m of Services.console.getMessageArray() ?? []) {
    let e = null;
    try { e = m.QueryInterface(Ci.nsIScriptError); } catch (_) { e = null; }
    if (e) out.push({ time: Number(e.timeStamp ?? 0), kind: 'script', level: (e.flags & Ci.nsIScriptError.warningFlag) ? 'warn' : (e.flags & Ci.nsIScriptError.infoFlag) ? 'info' : 'error',
      message: String(e.errorMessage), source: String(e.sourceName ?? ''), category: String(e.category ?? ''), addonId: '' });
    else out.push({ time: Number(m.timeStamp ?? 0), kind: 'script', level: levels[m.logLevel] ?? 'info', message: String(m.message), source: '', category: '', addonId: '' });
  }
  const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  for (const ev of storage.getEvents() ?? []) {
    let text = '';
    try { text = Array.from(ev.arguments ?? [], (a) => { try { return typeof a === 'string' ? a : (a && a.message) ? String(a.message) : JSON.stringify(a); } catch (_) { return String(a); } }).join(' '); } catch (_) { text = '(arguments not readable)'; }
    out.push({ time: Number(ev.timeStamp ?? 0), kind: 'console', level: String(ev.level), message: text, source: String(ev.filename ?? ''), category: '', addonId: String(ev.addonId ?? '') });
  }
  return out;
`;

/**
 * Launches Firefox ESR (FIREFOX_PATH, default /usr/bin/firefox-esr) headless with the firefox-mv2 build
 * in extDir installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(extDir: string, opts: { headless?: boolean } = {}): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Firefox not found at ${executablePath}. Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.`);
  }
  const dir = path.resolve(extDir);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension at ${dir} (no manifest.json): build it first (npm run build).`);
  }
  const geckoId = geckoIdOf(dir);
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-ff-downloads-'));
  const proxy = await recordingProxy();
  const output: string[] = [];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      // Chrome-scope evaluation (the console stores) and navigating a tab to a moz-extension:// page.
      args: ['--remote-allow-system-access'],
      // Release builds ignore puppeteer's dummy Remote Settings server (services.settings.server) unless
      // this is set, and then poll firefox.settings.services.mozilla.com.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
        // Exports are <a download> of a Blob: saved without asking, into downloadDir.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
        // Every request through the recording proxy, 127.0.0.1 included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
      },
    });
  } catch (e) {
    await proxy.close();
    fs.rmSync(downloadDir, { recursive: true, force: true });
    throw new Error(`Could not launch ${executablePath}: ${(e as Error).message}`);
  }
  const keep = (stream: NodeJS.ReadableStream | null | undefined) => {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      output.push(...lines);
    });
  };
  keep(browser.process()?.stdout);
  keep(browser.process()?.stderr);
  const close = async () => {
    await browser.close().catch(() => undefined);
    await proxy.close();
    fs.rmSync(downloadDir, { recursive: true, force: true });
  };
  try {
    const installed = await browser.installExtension(dir);
    if (installed !== geckoId) throw new Error(`installed as ${installed}, expected ${geckoId}`);
  } catch (e) {
    await close();
    throw new Error(`Firefox did not install the add-on in ${dir}: ${(e as Error).message}`);
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;

  /**
   * Firefox sends no BiDi load events for moz-extension:// pages, so `page.goto` would time out there:
   * navigate without waiting, then poll the document (Chromium: a plain page.goto).
   */
  async function openExtensionPage(page: Page, file: string): Promise<void> {
    const url = `${origin}/${file.replace(/^\//, '')}`;
    const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    await connection.send('browsingContext.navigate', { context: (page.mainFrame() as unknown as { _id: string })._id, url, wait: 'none' });
    const deadline = Date.now() + EXTENSION_PAGE_TIMEOUT_MS;
    for (;;) {
      const ready = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
      if (ready && ready[0] === url && ready[1] === 'complete') return;
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${EXTENSION_PAGE_TIMEOUT_MS / 1000} s (last: ${JSON.stringify(ready)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    browser,
    geckoId,
    origin,
    downloadDir,
    requests: proxy.requests,
    output,
    consoleMessages: () => evaluateInChrome<ConsoleEntry[]>(browser, CONSOLE_DUMP),
    openExtensionPage,
    close,
  };
}

/**
 * The Firefox tab id of the tab showing pageUrl, asked from an extension page open in `extPage` (the
 * WebExtension API is the page's own `browser`): every tab's content script is asked `page-state` and
 * the one answering with that URL wins. (Firefox, like Chromium, hides tab URLs from an extension
 * without the "tabs" permission or host permissions, so tabs.query alone cannot tell.)
 */
export async function firefoxTabIdOf(extPage: Page, pageUrl: string): Promise<number> {
  const answers = await extPage.evaluate(async (timeout: number) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).browser;
    const tabs = await api.tabs.query({});
    return Promise.all(
      tabs.map((t) =>
        Promise.race([api.tabs.sendMessage(t.id ?? -1, { type: 'page-state' }).catch(() => null), new Promise((r) => setTimeout(() => r(null), timeout))]).then((r) => {
          const s = r as { url?: unknown; page?: { url?: unknown } } | null;
          const url = s?.url ?? s?.page?.url;
          return { id: t.id ?? -1, url: typeof url === 'string' ? url : null };
        }),
      ),
    );
  }, 2_000);
  const strip = (u: string) => u.split('#')[0];
  const found = answers.find((a) => a.url !== null && strip(a.url) === strip(pageUrl) && a.id >= 0);
  if (!found) throw new Error(`No tab found for ${pageUrl}: answers ${JSON.stringify(answers)}`);
  return found.id;
}

/** A tab's whole page state, asked from an extension page and gathered slice by slice as the popup does. */
export function firefoxTabPageState(extPage: Page, tabId: number): Promise<PageState | null> {
  return fetchPageState((message) =>
    extPage
      .evaluate(
        (id: number, m: object) =>
          (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).browser.tabs.sendMessage(id, m).catch(() => null),
        tabId,
        message as object,
      )
      .catch(() => null),
  );
}

/**
 * Firefox's own reports when a test closes a tab or an extension page, or reloads the add-on, whatever
 * the add-on does (a reader closing the toolbar popup gets the same):
 * - closing a tab destroys its conduit actor before the content script's event listeners
 *   (runtime.onMessage, storage.onChanged) are revoked, and each revoke then throws
 *   "sendRemoveListener on closed conduit <add-on id>.<n>" (ConduitsChild.sys.mjs);
 * - an extension API call still in flight when its page unloads (the popup asks its tab every half
 *   second until the page is read) settles into "Promise resolved/rejected after context unloaded",
 *   reported at the caller's line (ExtensionCommon.sys.mjs wrapPromise).
 */
export function isFirefoxTeardown(ff: FirefoxWithExtension, m: ConsoleEntry): boolean {
  return (
    (m.source === 'resource://gre/modules/ConduitsChild.sys.mjs' && /^(Error: )?sendRemoveListener on closed conduit /.test(m.message)) ||
    (m.source.startsWith(`${ff.origin}/`) && /^Promise (resolved|rejected) (after context unloaded|while context is inactive)\b/.test(m.message))
  );
}

/** Messages from Parallax's own contexts: its background page, popup, manager and content scripts all run from its moz-extension:// origin. */
export function isFromParallax(ff: FirefoxWithExtension, m: ConsoleEntry): boolean {
  return m.source.startsWith(`${ff.origin}/`) || m.addonId === ff.geckoId || m.message.includes(ff.origin) || m.message.includes(ff.geckoId);
}
