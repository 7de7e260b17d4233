// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageObserver, type MutationBatch } from '../../../lib/overlay/observer';
import { isBlock } from '../../../lib/overlay/walk';
import { manualScheduler } from './helpers';

const isOwn = (n: Node) => n.nodeType === 1 && (n as Element).localName === 'hashfloor-badge';
let stop = () => {};
afterEach(() => stop());

function setup(hugeAfter?: number, blocks = false, noteLive?: (node: Node) => boolean) {
  document.body.innerHTML = '<p id="p">BTC $70,000</p><div id="d"></div>';
  const scheduler = manualScheduler();
  const batches: MutationBatch[] = [];
  const observer = createPageObserver({
    root: document.body,
    MutationObserver: window.MutationObserver as unknown as typeof MutationObserver,
    schedule: scheduler.schedule,
    onBatch: (b) => batches.push(b),
    isOwn,
    ...(hugeAfter ? { hugeAfter } : {}),
    ...(blocks ? { isBlock } : {}),
    ...(noteLive ? { noteLive } : {}),
  });
  observer.start();
  stop = observer.stop;
  return { observer, scheduler, batches };
}

describe('page observer', () => {
  it('batches many mutations into one deduped batch per frame', async () => {
    const { scheduler, batches } = setup();
    const text = document.querySelector('#p')!.firstChild as Text;
    for (let i = 0; i < 5; i += 1) text.data = `BTC $70,00${i}`;
    document.querySelector('#d')!.append(document.createElement('span'));
    await scheduler.flush();
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.changed]).toEqual([text, document.querySelector('#d')]);
    expect(batches[0]!.added.size).toBe(1);
  });

  it("hands a live block's rewrites to live-blocks and makes no batch of them", async () => {
    const noted: Node[] = [];
    const { scheduler, batches } = setup(undefined, false, (n) => {
      const live = (n as Element).id === 'd';
      if (live) noted.push(n);
      return live;
    });
    const live = document.querySelector('#d')!;
    live.textContent = '$70,100';
    live.textContent = '$70,200';
    (live.firstChild as Text).data = '$70,300';
    expect(scheduler.pending()).toBe(0);
    await scheduler.flush();
    expect(batches).toHaveLength(0);
    // Every record went to live-blocks (the DOM here reports a textContent write as one or two records).
    expect(noted.length).toBeGreaterThanOrEqual(3);
    expect(noted.every((n) => n === live)).toBe(true);
    // Text elsewhere still makes a batch.
    (document.querySelector('#p')!.firstChild as Text).data = 'BTC $70,400';
    await scheduler.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.changed.size).toBe(1);
  });

  it('a feed appending paragraphs: the new ones are added, the container itself is not reread', async () => {
    const { scheduler, batches } = setup(undefined, true);
    const feed = document.querySelector('#d')!;
    feed.append(Object.assign(document.createElement('p'), { textContent: 'BTC $70,100' }));
    await scheduler.flush();
    expect(batches[0]!.added.size).toBe(1);
    expect(batches[0]!.changed.has(feed)).toBe(false);
    feed.append('loose text $70,200', document.createElement('b'));
    await scheduler.flush();
    expect(batches[1]!.changed.has(feed), 'text of its own changed').toBe(true);
  });

  it('drops records of our own writes but keeps page changes made before them', async () => {
    const { observer, scheduler, batches } = setup();
    const text = document.querySelector('#p')!.firstChild as Text;
    text.data = 'BTC $71,000';
    observer.quiet(() => {
      document.querySelector('#p')!.append(document.createElement('hashfloor-badge'));
      text.data = 'our write';
    });
    await scheduler.flush();
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.changed]).toEqual([text]);
  });

  it('ignores a page that removes only our badges (no fight)', async () => {
    const { observer, scheduler, batches } = setup();
    const badge = document.createElement('hashfloor-badge');
    observer.quiet(() => document.querySelector('#d')!.append(badge));
    badge.remove();
    await scheduler.flush();
    expect(batches).toHaveLength(0);
  });

  it('reports a huge batch instead of its nodes', async () => {
    const { scheduler, batches } = setup(10);
    const d = document.querySelector('#d')!;
    for (let i = 0; i < 20; i += 1) d.append(document.createElement('p'));
    await scheduler.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.huge).toBe(true);
    expect(batches[0]!.added.size).toBe(0);
  });

  it('delivers nothing after stop', async () => {
    const { observer, scheduler, batches } = setup();
    observer.stop();
    (document.querySelector('#p')!.firstChild as Text).data = 'x';
    await scheduler.flush();
    expect(batches).toHaveLength(0);
  });
});
