// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createRemoteDetect,
  type DetectRequest,
  MIN_GAP_MS,
  readDetectResponse,
} from '../../../lib/overlay/remote-detect';
import type { DetectedPrice } from '../../../lib/overlay/types';
import { badges, type Harness, startTestOverlay, stubDetect, texts } from './helpers';

/** A background that answers with the stub detector when the test lets it (`answer()`). */
function fakeBackground(reply: (request: DetectRequest) => unknown = answerWithStub) {
  const requests: DetectRequest[] = [];
  const waiting: (() => void)[] = [];
  const send = (request: DetectRequest) =>
    new Promise<unknown>((resolve, reject) => {
      requests.push(request);
      waiting.push(() => {
        try {
          resolve(reply(request));
        } catch (error) {
          reject(error);
        }
      });
    });
  return {
    send,
    requests,
    /** Answers every request sent so far, then lets the promises settle. */
    async answer(): Promise<void> {
      for (const go of waiting.splice(0)) go();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

/** What lib/background/message-handler.ts sends back: the matches without their text. */
function answerWithStub(request: DetectRequest): unknown {
  return {
    matches: request.items.map((item) =>
      stubDetect(item.text, { ...item, usdPer: request.usdPer ?? {} }).map(({ text: _t, ...m }) => m),
    ),
  };
}

const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Timing whose clock the test moves; delays run in the next task once due. */
function fakeTiming() {
  let now = 0;
  const timers: { at: number; cb: () => void }[] = [];
  return {
    now: () => now,
    delay: (cb: () => void, ms: number) => void timers.push({ at: now + ms, cb }),
    /** Moves the clock and runs what fell due, then lets the next task run. */
    async advance(ms: number): Promise<void> {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.cb();
      }
      await microtasks();
    },
  };
}
/** Real timers with no gap between messages: the overlay tests' manual scheduler drives the rest. */
const noGap = { now: () => 0, delay: (cb: () => void) => void setTimeout(cb, 0) };

describe('remote detector', () => {
  it('sends the texts asked for in one stretch as one message, with the numbers once', async () => {
    const bg = fakeBackground();
    const detect = createRemoteDetect(bg.send, noGap);
    const usdPer = { EUR: 1.08 };
    const a = detect('Bitcoin at $70,123.', { spotUsd: 70_000, usdPer, context: 'Markets', locale: 'en' });
    const b = detect('Bitcoin kostet 64.500 €.', { spotUsd: 70_000, usdPer, path: '/2026/btc' });
    expect(a).toBeInstanceOf(Promise);
    await microtasks();
    expect(bg.requests).toEqual([
      {
        type: 'detect',
        spotUsd: 70_000,
        usdPer,
        items: [
          { text: 'Bitcoin at $70,123.', context: 'Markets', locale: 'en' },
          { text: 'Bitcoin kostet 64.500 €.', path: '/2026/btc' },
        ],
      },
    ]);
    await bg.answer();
    const [first] = await (a as Promise<DetectedPrice[]>);
    // The match's text comes from the page's own string.
    expect(first).toMatchObject({ start: 11, end: 18, text: '$70,123', kind: 'btc_price', usd: 70_123 });
    expect((await b)[0]).toMatchObject({ text: '64.500 €', currency: 'EUR' });
  });

  it('answers a text read before from its cache at once, and asks again for new context or new numbers', async () => {
    const bg = fakeBackground();
    const detect = createRemoteDetect(bg.send, noGap);
    const usdPer = { EUR: 1.08 };
    const options = { spotUsd: 70_000, usdPer, context: 'Markets' };
    const pending = detect('Bitcoin at $70,123.', options);
    // The same text again while it is asked: the same promise, no second request.
    expect(detect('Bitcoin at $70,123.', options)).toBe(pending);
    await microtasks();
    await bg.answer();
    const cached = detect('Bitcoin at $70,123.', options);
    expect(Array.isArray(cached)).toBe(true);
    expect(cached).toEqual(await pending);
    expect(bg.requests).toHaveLength(1);
    // Another context is another reading.
    expect(detect('Bitcoin at $70,123.', { ...options, context: 'Mining costs' })).toBeInstanceOf(Promise);
    // New spot: every reading is made afresh, the one still queued with the new numbers too.
    expect(detect('Bitcoin at $70,123.', { ...options, spotUsd: 69_000 })).toBeInstanceOf(Promise);
    await microtasks();
    expect(bg.requests).toHaveLength(2);
    expect(bg.requests[1]).toMatchObject({
      spotUsd: 69_000,
      items: [{ context: 'Mining costs' }, { context: 'Markets' }],
    });
  });

  it('starts messages at least MIN_GAP_MS apart: a feed adding a text every 50 ms sends them in groups', async () => {
    const bg = fakeBackground();
    const clock = fakeTiming();
    const detect = createRemoteDetect(bg.send, clock);
    void detect('first: Bitcoin at $70,001', {});
    await clock.advance(0);
    expect(bg.requests).toHaveLength(1);
    for (let i = 0; i < 8; i++) {
      void detect(`post ${i}: Bitcoin at $70,${100 + i}`, {});
      await clock.advance(50);
    }
    // 400 ms of posts after the first message: two more, each at most 200 ms after the one before.
    expect(bg.requests.map((r) => r.items.length)).toEqual([1, 4, 4]);
    expect(MIN_GAP_MS).toBe(200);
  });

  it('sends only what the background accepts: no empty or over-long text, fields cut to their bounds', async () => {
    const bg = fakeBackground();
    const detect = createRemoteDetect(bg.send, noGap);
    expect(detect('', {})).toEqual([]);
    expect(detect(`$70,000 ${'x'.repeat(65_536)}`, {})).toEqual([]);
    void detect('Bitcoin at $70,000', { locale: `en-${'x'.repeat(60)}`, path: `/${'p'.repeat(20_000)}` });
    await microtasks();
    expect(bg.requests).toHaveLength(1);
    const [item] = bg.requests[0]!.items;
    expect(item!.locale).toHaveLength(35);
    expect(item!.path).toHaveLength(16_384);
  });

  it('a text asked again after new numbers, before its batch went, joins that batch', async () => {
    const bg = fakeBackground();
    const detect = createRemoteDetect(bg.send, noGap);
    const first = detect('Bitcoin at $70,000', { spotUsd: 70_000 });
    const again = detect('Bitcoin at $70,000', { spotUsd: 69_000 });
    expect(again).toBe(first);
    await microtasks();
    expect(bg.requests).toEqual([
      expect.objectContaining({ spotUsd: 69_000, items: [{ text: 'Bitcoin at $70,000' }] }),
    ]);
    await bg.answer();
    expect(await first).toHaveLength(1);
  });

  it('splits a large stretch into messages of at most 256 K characters', async () => {
    const bg = fakeBackground();
    const detect = createRemoteDetect(bg.send, noGap);
    for (let i = 0; i < 5; i++) void detect(`${i} ${'x'.repeat(60_000)} $70,000`, {});
    await microtasks();
    expect(bg.requests.map((r) => r.items.length)).toEqual([4, 1]);
    for (const r of bg.requests)
      expect(r.items.reduce((n, item) => n + item.text.length, 0)).toBeLessThanOrEqual(262_144);
  });

  it('rejects a malformed or failed answer and caches nothing: the next call asks again', async () => {
    const replies: unknown[] = [
      { matches: [] },
      {
        matches: [
          [{ start: 0, end: 99, kind: 'btc_price', currency: 'USD', value: 1, usd: 1, confidence: 1 }],
        ],
      },
      { matches: [[{ start: 0, end: 3, kind: 'nope', currency: 'USD', value: 1, usd: 1, confidence: 1 }]] },
      {
        matches: [[{ start: 0, end: 3, kind: 'other', currency: 'USD', value: '1', usd: 1, confidence: 1 }]],
      },
      null,
    ];
    for (const reply of replies) {
      const bg = fakeBackground(() => reply);
      const detect = createRemoteDetect(bg.send, noGap);
      const reading = detect('$70,000 for one bitcoin', {}) as Promise<DetectedPrice[]>;
      const rejected = expect(reading, JSON.stringify(reply)).rejects.toThrow(/no valid reading/);
      await microtasks();
      await bg.answer();
      await rejected;
      const again = detect('$70,000 for one bitcoin', {});
      expect(again).toBeInstanceOf(Promise);
      (again as Promise<unknown>).catch(() => {});
    }
    const down = fakeBackground(() => {
      throw new Error('Extension context invalidated.');
    });
    const reading = createRemoteDetect(down.send, noGap)('$70,000', {}) as Promise<DetectedPrice[]>;
    const rejected = expect(reading).rejects.toThrow(/context invalidated/);
    await microtasks();
    await down.answer();
    await rejected;
  });

  it('reads an answer only as one list of valid matches per item', () => {
    const items = [{ text: 'BTC $70,000' }];
    const m = {
      start: 4,
      end: 11,
      kind: 'btc_price',
      currency: 'USD',
      value: 70_000,
      usd: 70_000,
      confidence: 0.9,
    };
    expect(readDetectResponse({ matches: [[m]] }, items)).toEqual([[{ ...m, text: '$70,000' }]]);
    expect(readDetectResponse({ matches: [[{ ...m, usd: null }]] }, items)?.[0]?.[0]?.usd).toBeNull();
    expect(readDetectResponse({ matches: [[{ ...m, start: 7, end: 7 }]] }, items)).toBeNull();
    expect(readDetectResponse({ matches: [[{ ...m, start: 1.5 }]] }, items)).toBeNull();
    expect(readDetectResponse({ matches: [[{ ...m, confidence: Number.NaN }]] }, items)).toBeNull();
    expect(readDetectResponse({ matches: [[m], []] }, items)).toBeNull();
    expect(readDetectResponse({ matches: [m] }, items)).toBeNull();
  });
});

describe('overlay with the remote detector', () => {
  let h: Harness;
  afterEach(() => h?.stop());
  /** Scheduled work, the remote detector's batch timer and the rescans after an answer. */
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      await h.flush();
      await microtasks();
    }
  };

  it('badges once the background answers: one message for the first scan, none when a block is read again', async () => {
    document.body.innerHTML = `<p>Bitcoin fell to $70,123 on Monday.</p><p>In Europe: 64.500 €.</p><p>No amount.</p>`;
    const bg = fakeBackground();
    h = startTestOverlay({ detect: createRemoteDetect(bg.send, noGap) });
    await settle();
    expect(badges()).toHaveLength(0);
    expect(bg.requests).toHaveLength(1);
    expect(bg.requests[0]!.items.map((i) => i.text)).toEqual([
      'Bitcoin fell to $70,123 on Monday.',
      'In Europe: 64.500 €.',
    ]);
    await bg.answer();
    await settle();
    expect(texts()).toEqual(['$70,123', '64.500 €']);
    // A mutation that leaves the text as it was: read from the cache, nothing sent.
    const p = document.querySelector('p')!;
    p.append(document.createTextNode(''));
    await settle();
    expect(bg.requests).toHaveLength(1);
    expect(texts()).toEqual(['$70,123', '64.500 €']);
  });

  it('keeps a block as it is while its new reading is pending, and leaves it so when the reading fails', async () => {
    document.body.innerHTML = `<p id="p">Bitcoin fell to $70,123 on Monday.</p>`;
    let fail = false;
    const bg = fakeBackground((request) => {
      if (fail) throw new Error('Extension context invalidated.');
      return answerWithStub(request);
    });
    h = startTestOverlay({ detect: createRemoteDetect(bg.send, noGap) });
    await settle();
    await bg.answer();
    await settle();
    expect(texts()).toEqual(['$70,123']);
    document.getElementById('p')!.firstChild!.textContent = 'Bitcoin rose to $71,500 on Tuesday, ';
    await settle();
    expect(bg.requests).toHaveLength(2);
    expect(texts()).toEqual(['$70,123']);
    fail = true;
    await bg.answer();
    await settle();
    expect(texts()).toEqual(['$70,123']);
  });
});
