import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createRefresher } from '../../../lib/background/refresher';
import { implausible } from '../../../lib/economics/guards';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { readHistory } from '../../../lib/snapshot/history';
import { MarketSchema } from '../../../lib/snapshot/market';
import { readSnapshot, type Snapshot, SnapshotSchema } from '../../../lib/snapshot/schema';
import { createFakeBrowser } from '../background/fake-browser';
import { createFakeNet } from '../sources/fake-net';
import { ENDPOINTS } from './endpoints';
import { mutatedBody, mutationArb } from './mutate';

// A whole refresh after a good snapshot, with one endpoint answering a random mutation of
// its recorded response. The stored snapshot always reads back; its numbers are either the last good
// ones or plausible new ones; a rejected response is named in `health`.

const MIN = 60_000;

/** storage.local after one good refresh of the recorded responses, computed once. */
let goodStorage: Promise<{ data: Record<string, unknown>; good: Snapshot }> | undefined;
async function goodState() {
  const net = createFakeNet();
  const { local } = createFakeBrowser();
  const good = await createRefresher({
    http: net.http,
    local,
    loadSettings: async () => DEFAULT_SETTINGS,
  }).refresh();
  if (!good) throw new Error('no good snapshot from the recorded responses');
  return { data: local.data, good };
}

async function goodThenMutated(index: number, body: string) {
  const endpoint = ENDPOINTS[index % ENDPOINTS.length]!;
  goodStorage ??= goodState();
  const { data, good } = await goodStorage;
  const { local } = createFakeBrowser();
  Object.assign(local.data, structuredClone(data));
  // The mutated endpoint's tier is due again (the others are not), one minute later.
  const { [endpoint.tier]: _, ...log } = data.fetchLog as Record<string, unknown>;
  local.data.fetchLog = log;
  const net = createFakeNet();
  net.advance(MIN);
  net.serve(endpoint.key, body);
  const refresher = createRefresher({ http: net.http, local, loadSettings: async () => DEFAULT_SETTINGS });
  const returned = await refresher.refresh();
  const stored = await local.get(['snapshot', 'market', 'history']);
  const asked = net.count(endpoint.key) > 0; // fallbacks are asked only when the primary failed
  const rejected = await endpoint.parser(net.http).then(
    () => false,
    () => true,
  );
  return { endpoint, good, returned, stored, rejected: asked && rejected };
}

const numbers = (s: Snapshot) => ({
  usd: s.price.usd,
  difficulty: s.network.difficulty,
  hashrateHs: s.network.hashrateHs,
  costUsd: s.cost.costUsd,
});
const plausible = (s: Snapshot) =>
  [
    implausible('priceUsd', s.price.usd),
    implausible('difficulty', s.network.difficulty),
    implausible('hashrateHs', s.network.hashrateHs),
    implausible('costUsd', s.cost.costUsd),
  ].filter(Boolean);

const endpointArb = fc.nat({ max: ENDPOINTS.length - 1 });
const RUNS = { numRuns: 150, seed: 42 };

/** Where a stored value fails its schema ('' when it reads back). */
const failsAt = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? '' : (result.error.issues[0]?.path.join('.') ?? 'root');
};

describe('whole refresh with one endpoint serving a mutated response', () => {
  it('snapshot, market and history always read back; numbers are the last good or plausible new ones', async () => {
    await fc.assert(
      fc.asyncProperty(endpointArb, mutationArb, async (i, m) => {
        const { good, returned, stored } = await goodThenMutated(i, mutatedBody(ENDPOINTS[i]!.key, m));
        const broken = [failsAt(SnapshotSchema, stored.snapshot), failsAt(MarketSchema, stored.market)];
        expect(broken).toEqual(['', '']);
        expect(readHistory(stored.history)).not.toBeNull();
        const snapshot = readSnapshot(stored.snapshot)!;
        expect(returned).toEqual(snapshot);
        expect(plausible(snapshot)).toEqual([]);
        if (snapshot.health.failing) expect(numbers(snapshot)).toEqual(numbers(good));
        expect(snapshot.health.lastGoodAt).toBeGreaterThanOrEqual(good.health.lastGoodAt);
      }),
      RUNS,
    );
  }, 30_000);

  it('a rejected response is named in health by its source', async () => {
    await fc.assert(
      fc.asyncProperty(endpointArb, mutationArb, async (i, m) => {
        const { endpoint, returned, rejected } = await goodThenMutated(i, mutatedBody(ENDPOINTS[i]!.key, m));
        if (rejected) expect(returned?.health.errors.map((e) => e.source)).toContain(endpoint.source);
      }),
      { ...RUNS, numRuns: 100 },
    );
  }, 30_000);
});
