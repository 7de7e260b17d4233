import { describe, expect, it } from 'vitest';
import { onKeysChanged, watchKeys } from '../../lib/storage-watch';
import { createFakeBrowser as fakeBrowser } from './background/fake-browser';

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('storage watching', () => {
  it('hands over only the watched keys that changed, in the watched areas, until stopped', async () => {
    const { browser } = fakeBrowser();
    const seen: [Record<string, unknown>, string][] = [];
    const stop = onKeysChanged(browser.storage, ['sync', 'local'], ['settings'], (v, area) =>
      seen.push([v, area]),
    );
    await browser.storage.local.set({ snapshot: 1 });
    await browser.storage.sync.set({ settings: { a: 1 }, other: 2 });
    stop();
    await browser.storage.sync.set({ settings: { a: 2 } });
    expect(seen).toEqual([[{ settings: { a: 1 } }, 'sync']]);
  });

  it('reads now and after each change; a read overtaken by a later one is dropped', async () => {
    const { browser } = fakeBrowser();
    await browser.storage.local.set({ view: 'first' });
    let release: () => void = () => {};
    const gate = new Promise<void>((done) => (release = done));
    const get = browser.storage.local.get.bind(browser.storage.local);
    let calls = 0;
    // The first read is slow: it answers only after the change's read has.
    browser.storage.local.get = (async (keys: string[]) => {
      const n = ++calls;
      const value = await get(keys);
      if (n === 1) await gate;
      return value;
    }) as typeof browser.storage.local.get;
    const seen: unknown[] = [];
    const stop = watchKeys(browser.storage, 'local', ['view'], (v) => seen.push(v.view));
    await browser.storage.local.set({ view: 'second' });
    await tick();
    release();
    await tick();
    expect(seen).toEqual(['second']);
    stop();
    await browser.storage.local.set({ view: 'third' });
    await tick();
    expect(seen).toEqual(['second']);
  });

  it('treats a failed read as nothing stored', async () => {
    const { browser } = fakeBrowser();
    browser.storage.local.get = (() => Promise.reject(new Error('gone'))) as typeof browser.storage.local.get;
    const seen: unknown[] = [];
    watchKeys(browser.storage, 'local', ['view'], (v) => seen.push(v));
    await tick();
    expect(seen).toEqual([{}]);
  });
});
