/**
 * Debian's Firefox ESR, driven over raw WebDriver BiDi (playwright-core does not drive ESR; Playwright's own Firefox
 * cannot be downloaded here). Just what the portable checks need: navigate, evaluate, and every console error, page
 * error and failed request, collected. See ../shared/notes/portable.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Preferences that keep a test profile quiet and offline: no updates, telemetry, safe browsing or first-run pages. */
const PREFS = {
  'app.update.disabledForTesting': true, 'browser.shell.checkDefaultBrowser': false, 'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false, 'extensions.update.enabled': false, 'media.gmp-manager.url': '', 'browser.newtabpage.enabled': false,
  'remote.prefs.recommended': true,
};

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

export interface Firefox {
  /** Loads a URL and waits for it to finish loading. */
  navigate(url: string): Promise<void>;
  /** Evaluates an expression (awaiting a promise) in the current page; returns its JSON-able value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts a headless Firefox with a fresh profile and one BiDi session. */
export async function launchFirefox(): Promise<Firefox> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'k8s-firefox-'));
  writeFileSync(path.join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child: ChildProcess = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(port), 'about:blank'],
    { stdio: 'ignore', env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const socket = await connect(`ws://127.0.0.1:${port}/session`);
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const problems: string[] = [];
  socket.addEventListener('message', (event) => {
    const data = JSON.parse(String(event.data));
    if (data.id && pending.has(data.id)) {
      const p = pending.get(data.id)!;
      pending.delete(data.id);
      if (data.type === 'error') p.reject(new Error(`${data.error}: ${data.message}`)); else p.resolve(data.result);
    } else if (data.method === 'log.entryAdded' && (data.params.level === 'error' || data.params.type === 'javascript')) {
      problems.push(`${data.params.type} ${data.params.level}: ${data.params.text}`);
    } else if (data.method === 'network.fetchError') {
      problems.push(`request failed: ${data.params.request.url} (${data.params.errorText})`);
    }
  });
  const send = (method: string, params: object) => new Promise<unknown>((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded', 'network.fetchError'] });
  const tree = await send('browsingContext.getTree', {}) as { contexts: Array<{ context: string }> };
  const context = tree.contexts[0].context;
  return {
    problems,
    navigate: async (url) => { await send('browsingContext.navigate', { context, url, wait: 'complete' }); },
    evaluate: async <T>(expression: string) => {
      const result = await send('script.evaluate', { expression, target: { context }, awaitPromise: true, serializationOptions: { maxObjectDepth: 4 } }) as
        { type: string; result?: BiDiValue; exceptionDetails?: { text: string } };
      if (result.type === 'exception') throw new Error(`in Firefox: ${result.exceptionDetails?.text}`);
      return plain(result.result!) as T;
    },
    close: async () => {
      await send('session.end', {}).catch(() => {});
      socket.close();
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function connect(url: string): Promise<WebSocket> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return await new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(url);
        socket.addEventListener('open', () => resolve(socket));
        socket.addEventListener('error', () => reject(new Error('not yet')));
      });
    } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  throw new Error(`Firefox did not open its WebDriver BiDi port (${url})`);
}

interface BiDiValue { type: string; value?: unknown }
/** BiDi's serialized values as plain JavaScript. */
function plain(v: BiDiValue): unknown {
  switch (v.type) {
    case 'array': return (v.value as BiDiValue[]).map(plain);
    case 'object': return Object.fromEntries((v.value as Array<[string, BiDiValue]>).map(([k, val]) => [k, plain(val)]));
    case 'undefined': case 'null': return null;
    default: return v.value;
  }
}
