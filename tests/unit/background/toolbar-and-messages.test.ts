import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../lib/background/message-handler';
import { createRefresher } from '../../../lib/background/refresher';
import {
  applyToolbar,
  BAND_COLORS,
  gapText,
  STALE_COLOR,
  toolbarView,
} from '../../../lib/background/toolbar';
import { type DetectOptions, detectPrices } from '../../../lib/detect';
import { DETECT_TEXT_MAX, parseMessage, parseResponse } from '../../../lib/messages';
import type { NotPrice } from '../../../lib/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { Snapshot } from '../../../lib/snapshot/schema';
import { createFakeNet } from '../sources/fake-net';
import { EN } from '../words';
import { createFakeBrowser } from './fake-browser';

async function goodSnapshot(): Promise<Snapshot> {
  const net = createFakeNet();
  const refresher = createRefresher({
    http: net.http,
    local: createFakeBrowser().local,
    loadSettings: async () => DEFAULT_SETTINGS,
  });
  const snapshot = await refresher.refresh();
  if (!snapshot) throw new Error('no snapshot');
  return snapshot;
}

describe('toolbar icon', () => {
  it('badge text is the rounded gap; colour the band; title has price, cost, model and age', async () => {
    const snapshot = await goodSnapshot();
    const view = toolbarView(snapshot, snapshot.health.lastGoodAt + 3 * 60_000, {}, EN);
    expect(view.text).toBe('-17');
    expect(view.color).toBe(BAND_COLORS.near);
    expect(view.title).toContain('$70,123');
    expect(view.title).toMatch(/17% below the estimated cost to mine one \(\$8\d,\d{3}\)/);
    expect(view.title).toContain('Energy cost (28 J/TH, $0.045/kWh, ×1.25)');
    expect(view.title).toContain('updated 3 min ago');
  });
  it('marks stale or failing data distinctly', async () => {
    const snapshot = await goodSnapshot();
    const stale = { ...snapshot, health: { ...snapshot.health, stale: true } };
    const view = toolbarView(stale, snapshot.health.lastGoodAt + 3 * 3_600_000, {}, EN);
    expect(view.text).toBe('-17!');
    expect(view.color).toBe(STALE_COLOR);
    expect(view.title).toMatch(/stale/);
    expect(view.title).toContain('3 h ago');
    expect(toolbarView(null, 0, {}, EN).text).toBe('…');
    const down = toolbarView(null, 0, { unreachable: true }, EN);
    expect(down.text).toBe('!');
    expect(down.title).toBe('Hashfloor: cannot reach the price and network sources yet; it keeps trying.');
  });
  it('shows the price or the cost in thousands when the settings say so', async () => {
    const snapshot = await goodSnapshot();
    const now = snapshot.health.lastGoodAt + 60_000;
    expect(toolbarView(snapshot, now, { shows: 'price' }, EN).text).toBe('70k');
    expect(toolbarView(snapshot, now, { shows: 'cost' }, EN).text).toMatch(/^8\dk$/);
    const stale = { ...snapshot, health: { ...snapshot.health, stale: true } };
    expect(toolbarView(stale, now, { shows: 'price' }, EN).text).toBe('70k!');
    expect(
      toolbarView({ ...snapshot, price: { ...snapshot.price, usd: 1_250_000 } }, now, { shows: 'price' }, EN)
        .text,
    ).toBe('1M');
  });
  it('formats positive, zero and huge gaps to fit the badge', () => {
    expect(gapText(0.234, false)).toBe('+23');
    expect(gapText(-0.001, false)).toBe('0');
    expect(gapText(12.5, true)).toBe('+999!');
  });
  it('painting survives an action API that throws', async () => {
    const broken = {
      setBadgeText: () => Promise.reject(new Error('no window')),
      setBadgeBackgroundColor: () => undefined,
      setTitle: () => undefined,
    };
    const blank = { text: '', color: '', title: '', grey: false };
    await expect(applyToolbar(broken, blank)).resolves.toBeUndefined();
    await expect(applyToolbar(undefined, blank)).resolves.toBeUndefined();
  });
  it('greys the icon when paused, stale, failing or without data; colour otherwise', async () => {
    const snapshot = await goodSnapshot();
    const now = snapshot.health.lastGoodAt + 60_000;
    expect(toolbarView(snapshot, now, {}, EN).grey).toBe(false);
    const paused = toolbarView(snapshot, now, { paused: true }, EN);
    expect(paused.grey).toBe(true);
    expect(paused.title).toContain('paused');
    expect(
      toolbarView({ ...snapshot, health: { ...snapshot.health, failing: true } }, now, {}, EN).grey,
    ).toBe(true);
    expect(toolbarView(null, now, {}, EN).grey).toBe(true);
    const paths: Record<string, string>[] = [];
    const action = {
      setBadgeText: () => undefined,
      setBadgeBackgroundColor: () => undefined,
      setTitle: () => undefined,
      setIcon: ({ path }: { path: Record<string, string> }) => void paths.push(path),
    };
    await applyToolbar(action, paused);
    await applyToolbar(action, toolbarView(snapshot, now, {}, EN));
    expect(paths).toEqual([
      { 16: '/icon-grey/16.png', 32: '/icon-grey/32.png' },
      { 16: '/icon/16.png', 32: '/icon/32.png' },
    ]);
  });
});

describe('message protocol', () => {
  it('parses only known messages', () => {
    expect(parseMessage({ type: 'getSnapshot' })).toEqual({ type: 'getSnapshot' });
    // Unknown fields are dropped: the options page opens at its top, whatever a page asks.
    expect(parseMessage({ type: 'openOptions', section: 'models' })).toEqual({ type: 'openOptions' });
    expect(parseMessage({ type: 'deleteEverything' })).toBeNull();
    expect(parseMessage('getSnapshot')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
  it('validates responses', async () => {
    const snapshot = await goodSnapshot();
    expect(parseResponse('getSnapshot', { snapshot })).toEqual({ snapshot });
    expect(parseResponse('getSnapshot', { snapshot: { price: 1 } })).toBeNull();
    expect(parseResponse('refresh', { snapshot: null, error: 'down' })).toEqual({
      snapshot: null,
      error: 'down',
    });
  });

  const handler = (snapshot: Snapshot | null) => {
    const calls = {
      revalidate: 0,
      refresh: 0,
      options: 0,
      notPrices: [] as NotPrice[],
      detected: [] as { text: string; options: DetectOptions }[],
    };
    const handle = createMessageHandler({
      runtimeId: 'me',
      getSnapshot: async () => snapshot,
      revalidate: () => void calls.revalidate++,
      refresh: async () => {
        calls.refresh++;
        return snapshot;
      },
      openOptions: async () => void calls.options++,
      addNotPrice: async (rule) => void calls.notPrices.push(rule),
      detect: (text, options) => {
        calls.detected.push({ text, options });
        return detectPrices(text, options);
      },
    });
    return { handle, calls };
  };

  it('rejects messages from other senders and unknown messages', async () => {
    const { handle, calls } = handler(null);
    await expect(handle({ type: 'refresh' }, { id: 'someone-else' })).rejects.toThrow(/another sender/);
    await expect(handle({ type: 'refresh' }, {})).rejects.toThrow(/another sender/);
    await expect(handle({ type: 'nope' }, { id: 'me' })).rejects.toThrow(/unknown message/);
    expect(calls.refresh).toBe(0);
  });
  it('getSnapshot answers from storage and revalidates in the background', async () => {
    const snapshot = await goodSnapshot();
    const { handle, calls } = handler(snapshot);
    expect(await handle({ type: 'getSnapshot' }, { id: 'me' })).toEqual({ snapshot });
    expect(calls).toMatchObject({ revalidate: 1, refresh: 0 });
  });
  it('notAPrice stores a valid correction, and refuses a malformed one', async () => {
    const { handle, calls } = handler(null);
    expect(await handle({ type: 'notAPrice', site: 'news.test', text: '$3,100' }, { id: 'me' })).toEqual({
      ok: true,
    });
    expect(calls.notPrices).toEqual([{ site: 'news.test', text: '$3,100' }]);
    await expect(handle({ type: 'notAPrice', site: '', text: '$1' }, { id: 'me' })).rejects.toThrow(
      /unknown/,
    );
    await expect(
      handle({ type: 'notAPrice', site: 'a.test', text: 'x'.repeat(81) }, { id: 'me' }),
    ).rejects.toThrow(/unknown/);
    await expect(handle({ type: 'notAPrice', site: 'a.test', text: '$1' }, { id: 'page' })).rejects.toThrow(
      /another sender/,
    );
    expect(calls.notPrices).toHaveLength(1);
  });
  it('detect reads each text with its own context and the page numbers, and answers without the texts', async () => {
    const { handle, calls } = handler(null);
    const items = [
      { text: 'Bitcoin traded at $70,123 on Monday.', context: 'Markets · news.test', locale: 'en' },
      { text: 'Der Kurs fiel um 4.000 Dollar.', locale: 'de', path: '/2024/05/btc' },
    ];
    const reply = (await handle(
      { type: 'detect', spotUsd: 70_000, usdPer: { EUR: 1.08 }, items },
      { id: 'me' },
    )) as {
      matches: Record<string, unknown>[][];
    };
    expect(calls.detected).toEqual([
      {
        text: items[0]!.text,
        options: { context: 'Markets · news.test', locale: 'en', spotUsd: 70_000, usdPer: { EUR: 1.08 } },
      },
      {
        text: items[1]!.text,
        options: { locale: 'de', path: '/2024/05/btc', spotUsd: 70_000, usdPer: { EUR: 1.08 } },
      },
    ]);
    expect(reply.matches).toHaveLength(2);
    expect(reply.matches[0]).toEqual([
      expect.objectContaining({ start: 18, end: 25, kind: 'btc_price', value: 70_123, usd: 70_123 }),
    ]);
    expect(reply.matches[0]![0]).not.toHaveProperty('text');
    // A change, not a level.
    expect(reply.matches[1]).toEqual([expect.objectContaining({ kind: 'other', value: 4_000 })]);
    expect(parseResponse('detect', reply)).toEqual(reply);
  });
  it('detect refuses malformed or oversized requests and detects nothing', async () => {
    const { handle, calls } = handler(null);
    const bad: unknown[] = [
      { type: 'detect', items: [] },
      { type: 'detect', items: [{ text: '' }] },
      { type: 'detect', items: [{ text: 'x'.repeat(DETECT_TEXT_MAX + 1) }] },
      { type: 'detect', items: [{ text: '$1', context: 42 }] },
      { type: 'detect', spotUsd: -1, items: [{ text: '$1' }] },
      { type: 'detect', usdPer: { EUR: 'x' }, items: [{ text: '$1' }] },
      { type: 'detect', items: Array.from({ length: 2_001 }, () => ({ text: '$1' })) },
    ];
    for (const message of bad) await expect(handle(message, { id: 'me' })).rejects.toThrow(/unknown message/);
    await expect(handle({ type: 'detect', items: [{ text: '$1' }] }, { id: 'page' })).rejects.toThrow(
      /another sender/,
    );
    expect(calls.detected).toEqual([]);
  });
  it('refresh reports an error when there is no data, never throws', async () => {
    const { handle } = handler(null);
    expect(await handle({ type: 'refresh' }, { id: 'me' })).toEqual({
      snapshot: null,
      error: expect.stringMatching(/every source failed/),
    });
  });
});
