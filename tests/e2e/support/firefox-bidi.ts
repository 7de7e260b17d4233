import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
/** Fixed moz-extension:// host for the add-on, so tests can open its pages by URL. */
export const FIREFOX_EXTENSION_UUID = '5f1d2a9e-6b1c-4c8e-9d7a-0c1b2a3d4e5f';

// Prefs: a quiet browser on a closed network, and a known extension UUID.
const USER_JS = [
  // Every hostname resolves to this machine: the background's requests never reach the real APIs.
  'user_pref("network.dns.forceResolve", "127.0.0.1");',
  `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ 'hashfloor@hashfloor.dev': FIREFOX_EXTENSION_UUID }))});`,
  'user_pref("browser.shell.checkDefaultBrowser", false);',
  'user_pref("app.update.disabledForTesting", true);',
  'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
  'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
  'user_pref("browser.startup.homepage_override.mstone", "ignore");',
  'user_pref("network.captive-portal-service.enabled", false);',
].join('\n');

/** A headless Firefox driven over WebDriver BiDi, which Firefox ships built in (no geckodriver needed). */
export async function startFirefox(executable: string) {
  const profile = mkdtempSync(join(tmpdir(), 'hashfloor-ff-'));
  writeFileSync(join(profile, 'user.js'), USER_JS);
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start BiDi:\n${seen}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(/WebDriver BiDi listening on (ws:\/\/[^\s]+)/);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
  });
  const socket = new WebSocket(`${wsUrl}/session`);
  await new Promise((done, fail) => {
    socket.onopen = done;
    socket.onerror = fail;
  });
  let nextId = 1;
  const pending = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'error') waiter.fail(new Error(`${message.error}: ${message.message}`));
    else waiter.done(message.result);
  };
  const send = <T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((done, fail) => {
      const id = nextId++;
      pending.set(id, { done: done as (v: unknown) => void, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree');
  const context = tree.contexts[0]!.context;

  return {
    send,
    context,
    navigate: (url: string) => send('browsingContext.navigate', { context, url, wait: 'complete' }),
    /** Evaluates an expression in the page (or extension page) and returns its JSON-able value. */
    evaluate: async (expression: string): Promise<unknown> => {
      const result = await send<{
        type: 'success' | 'exception';
        result?: { value?: unknown };
        exceptionDetails?: { text: string };
      }>('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context },
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`page threw: ${result.exceptionDetails?.text}`);
      const text = result.result?.value;
      return typeof text === 'string' ? JSON.parse(text) : undefined;
    },
    close: async () => {
      socket.close();
      child.kill();
      await new Promise((done) => child.once('exit', done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
