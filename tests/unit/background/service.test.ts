import { describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/background/service';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { readSnapshot } from '../../../lib/snapshot/schema';
import { ALL_HOSTS, createFakeNet } from '../sources/fake-net';
import { createFakeBrowser } from './fake-browser';

const MIN = 60_000;
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('background wiring', () => {
  it('on startup paints the icon, creates the alarms and fetches', async () => {
    const fake = createFakeBrowser();
    const net = createFakeNet();
    await startBackground(fake.browser, net.http).ready;
    expect(fake.created.sort()).toEqual(['hashfloor:history', 'hashfloor:network', 'hashfloor:price']);
    expect(fake.view()).toMatchObject({ text: '-17', color: '#b26a00' });
    expect(readSnapshot((await fake.local.get('snapshot')).snapshot)).not.toBeNull();
  });

  it('offline from the first start, the icon says the sources cannot be reached (not "…" forever)', async () => {
    const fake = createFakeBrowser();
    const net = createFakeNet();
    for (const host of ALL_HOSTS) net.fail(host, { offline: true });
    await startBackground(fake.browser, net.http).ready;
    expect(fake.view()).toMatchObject({
      text: '!',
      title: 'Hashfloor: cannot reach the price and network sources yet; it keeps trying.',
    });
  });

  it('opens the welcome page on a first install, not on an update', async () => {
    const fake = createFakeBrowser();
    await startBackground(fake.browser, createFakeNet().http).ready;
    fake.install('update');
    expect(fake.opened).toEqual([]);
    fake.install('install');
    expect(fake.opened).toEqual(['chrome-extension://hashfloor-test/welcome.html']);
  });

  it('a reader correction from a card lands in the settings, once per site and text', async () => {
    const fake = createFakeBrowser();
    await startBackground(fake.browser, createFakeNet().http).ready;
    await fake.send({ type: 'notAPrice', site: 'news.test', text: '$3,100' });
    await fake.send({ type: 'notAPrice', site: 'news.test', text: '$3,100' });
    const stored = (await fake.sync.get('settings')).settings as { notPrices: unknown };
    expect(stored.notPrices).toEqual([{ site: 'news.test', text: '$3,100' }]);
  });

  it('network budget: ten tabs + popup + alarms within one interval → each endpoint once', async () => {
    const fake = createFakeBrowser();
    const net = createFakeNet();
    const { ready } = startBackground(fake.browser, net.http);
    const messages = Array.from({ length: 10 }, (_, i) =>
      fake.send({ type: i % 2 ? 'refresh' : 'getSnapshot' }),
    );
    fake.fireAlarm('hashfloor:price');
    fake.fireAlarm('hashfloor:network');
    await Promise.all([ready, ...messages]);
    await settled();
    for (const [key, count] of net.counts) expect({ key, count }).toEqual({ key, count: 1 });
    net.advance(90_000);
    await Promise.all(Array.from({ length: 11 }, () => fake.send({ type: 'refresh' })));
    fake.fireAlarm('hashfloor:price');
    await settled();
    expect(Math.max(...net.counts.values())).toBe(1);
  });

  it('a restarted worker answers from storage at once and keeps its alarms', async () => {
    const fake = createFakeBrowser();
    await startBackground(fake.browser, createFakeNet().http).ready;
    const created = fake.created.length;
    // The worker dies; the network now hangs (e.g. offline captive portal).
    const net = createFakeNet();
    for (const host of ALL_HOSTS) net.fail(host, { hang: true });
    net.advance(3 * MIN);
    const listeners: Array<(m: unknown, s: { id?: string }) => Promise<unknown> | undefined> = [];
    const onMessage = { addListener: (fn: (typeof listeners)[number]) => void listeners.push(fn) };
    const restarted = { ...fake.browser, runtime: { ...fake.browser.runtime, onMessage } };
    startBackground(restarted, { ...net.http, defaults: { timeoutMs: 50 } });
    const started = Date.now();
    const answer = (await listeners[0]?.({ type: 'getSnapshot' }, { id: fake.browser.runtime.id })) as {
      snapshot: unknown;
    };
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(readSnapshot(answer.snapshot)?.price.usd).toBe(70123);
    await settled();
    expect(fake.created.length).toBe(created);
  });

  it('a settings change rebuilds the snapshot and reschedules only the changed alarm', async () => {
    const fake = createFakeBrowser();
    const net = createFakeNet();
    await startBackground(fake.browser, net.http).ready;
    const before = net.total();
    fake.created.length = 0;
    await fake.sync.set({
      settings: {
        ...DEFAULT_SETTINGS,
        costModel: 'manual',
        manualCostUsd: 50_000,
        refresh: { ...DEFAULT_SETTINGS.refresh, priceMinutes: 5 },
      },
    });
    await settled();
    const snapshot = readSnapshot((await fake.local.get('snapshot')).snapshot);
    expect(snapshot?.cost.model).toBe('manual');
    expect(snapshot?.band).toBe('above');
    expect(fake.view().text).toBe('+40');
    expect(fake.created).toEqual(['hashfloor:price']);
    expect(net.total()).toBe(before);
  });

  it('rejects messages from other extensions', async () => {
    const fake = createFakeBrowser();
    startBackground(fake.browser, createFakeNet().http);
    await expect(fake.send({ type: 'getSnapshot' }, 'evil-extension')).rejects.toThrow(/another sender/);
  });

  it('uses browserAction on Firefox MV2 builds', async () => {
    const fake = createFakeBrowser();
    const { action, ...rest } = fake.browser;
    await startBackground({ ...rest, browserAction: action }, createFakeNet().http).ready;
    expect(fake.view().text).toBe('-17');
  });
});
