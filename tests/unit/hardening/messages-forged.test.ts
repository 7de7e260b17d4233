import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/background/service';
import { parseMessage } from '../../../lib/messages';
import { createFakeBrowser } from '../background/fake-browser';
import { createFakeNet } from '../sources/fake-net';

// The message protocol on fuzzed input, and the background's sender check. parseMessage
// only ever accepts the three shapes; a forged sender is rejected for every message type (and
// unknown types from anyone), with storage, network and the options page untouched.

const TYPES = ['getSnapshot', 'refresh', 'openOptions'] as const;
const messageLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...TYPES), fc.string(), fc.anything()),
    section: fc.oneof(fc.string({ maxLength: 80 }), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('parseMessage on fuzzed input', () => {
  it('never throws and only accepts the three shapes (extra keys stripped)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), messageLike), (raw) => {
        const message = parseMessage(raw);
        if (message === null) return;
        expect(TYPES).toContain(message.type);
        // Only the fields each type defines come through (notAPrice: its site and text).
        const allowed = message.type === 'notAPrice' ? ['type', 'site', 'text'] : ['type'];
        expect(Object.keys(message).every((k) => allowed.includes(k))).toBe(true);
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});

async function started() {
  const fake = createFakeBrowser('hashfloor-id');
  const net = createFakeNet();
  let optionsOpened = 0;
  fake.browser.runtime.openOptionsPage = async () => void optionsOpened++;
  await startBackground(fake.browser, net.http).ready;
  const listener = fake.browser.runtime.onMessage.listeners[0]!;
  const deliver = (message: unknown, sender: object) => listener(message, sender as { id?: string });
  const world = () =>
    structuredClone({ local: fake.local.data, sync: fake.sync.data, requests: net.total() });
  return { deliver, world, opened: () => optionsOpened };
}

const FORGED: Array<[string, object]> = [
  ['another extension', { id: 'evil-extension-id' }],
  ['a web page origin', { url: 'https://evil.example/', origin: 'https://evil.example' }],
  ['no id', {}],
  ['an empty id', { id: '' }],
  ['an id differing in case', { id: 'HASHFLOOR-ID' }],
];
const MESSAGES = [
  { type: 'getSnapshot' },
  { type: 'refresh' },
  { type: 'openOptions' },
  { type: 'deleteEverything' },
];

describe('background message handler with forged senders', () => {
  for (const [who, sender] of FORGED) {
    it(`rejects every message type from ${who}, changing nothing`, async () => {
      const { deliver, world, opened } = await started();
      const before = world();
      for (const message of MESSAGES) {
        await expect(deliver(message, sender)).rejects.toThrow(/another sender/);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(world()).toEqual(before);
      expect(opened()).toBe(0);
    });
  }

  it('fuzzed senders and messages: anything but our own id is rejected; unknown types always are', async () => {
    const { deliver, world, opened } = await started();
    const before = world();
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: fc.option(fc.string(), { nil: undefined }) }),
        messageLike,
        async (s, m) => {
          fc.pre(s.id !== 'hashfloor-id');
          await expect(deliver(m, s)).rejects.toThrow(/another sender/);
          if (parseMessage(m) === null)
            await expect(deliver(m, { id: 'hashfloor-id' })).rejects.toThrow(/unknown/);
        },
      ),
      { numRuns: 200, seed: 9 },
    );
    expect(world()).toEqual(before);
    expect(opened()).toBe(0);
  });
});
