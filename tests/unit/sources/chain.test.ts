import { describe, expect, it } from 'vitest';
import { fetchChainStats, fetchPrice } from '../../../lib/sources/chain';
import { createCooldownBook } from '../../../lib/sources/cooldown';
import { createFakeNet, fixtureJson } from './fake-net';

// Fallback order and cool-downs: mempool first; prices Coinbase → Kraken → CoinGecko;
// chain stats blockchain.info. Absurd values are data errors, never numbers.

const setup = () => {
  const net = createFakeNet();
  const book = createCooldownBook();
  return { net, book, ctx: { http: net.http, book } };
};

describe('price chain', () => {
  it('uses mempool.space when it answers', async () => {
    const { ctx, net } = setup();
    const { value, errors } = await fetchPrice(ctx, null);
    expect(value).toMatchObject({ usd: 70123, source: 'mempool.space' });
    expect(errors).toEqual([]);
    expect(net.count('api.coinbase.com/v2/exchange-rates')).toBe(0);
  });

  it('primary down (500): Coinbase is used and named, the failure logged', async () => {
    const { ctx, net } = setup();
    net.fail('mempool.space', { status: 500 });
    const { value, errors } = await fetchPrice(ctx, null);
    expect(value).toMatchObject({ usd: 70123.45, source: 'Coinbase' });
    expect(errors).toEqual([expect.objectContaining({ source: 'mempool.space', message: 'HTTP 500' })]);
  });

  it('falls through Coinbase (malformed JSON) and Kraken (wrong shape) to CoinGecko', async () => {
    const { ctx, net } = setup();
    net.fail('mempool.space', { status: 429, headers: { 'Retry-After': '600' } });
    net.fail('api.coinbase.com', { status: 200, body: '{"data":' });
    net.serve('api.kraken.com/0/public/Ticker', { result: 'nope' });
    const { value, errors } = await fetchPrice(ctx, null);
    expect(value?.source).toBe('CoinGecko');
    expect(errors.map((e) => e.source)).toEqual(['mempool.space', 'Coinbase', 'Kraken']);
    expect(errors[1]?.message).toMatch(/malformed JSON/);
    expect(errors[2]?.message).toMatch(/Kraken ticker shape/);
  });

  it('everything down: no value, every source named, nothing thrown', async () => {
    const { ctx, net } = setup();
    for (const host of ['mempool.space', 'api.coinbase.com', 'api.kraken.com', 'api.coingecko.com']) {
      net.fail(host, { status: 502 });
    }
    const { value, errors } = await fetchPrice(ctx, null);
    expect(value).toBeNull();
    expect(errors).toHaveLength(4);
  });

  it('an absurd price (cents instead of dollars) is a data error and falls back', async () => {
    const { ctx, net } = setup();
    const prices = fixtureJson('mempool.space/api/v1/prices') as Record<string, number>;
    net.serve('mempool.space/api/v1/prices', { ...prices, USD: 7_012_300_000 });
    const { value, errors } = await fetchPrice(ctx, null);
    expect(value?.source).toBe('Coinbase');
    expect(errors[0]?.message).toMatch(/implausible priceUsd/);
  });

  it('a source missing currencies borrows the previous exchange rates', async () => {
    const { ctx, net } = setup();
    net.fail('mempool.space', { status: 500 });
    net.fail('api.coinbase.com', { status: 500 });
    net.serve('api.kraken.com/0/public/Ticker', { error: [], result: { XXBTZUSD: { c: ['80000.0', '1'] } } });
    const previous = (await fetchPrice({ http: createFakeNet().http, book: createCooldownBook() }, null))
      .value;
    const { value } = await fetchPrice(ctx, previous);
    expect(value?.source).toBe('Kraken');
    expect(value?.perCurrency.EUR).toBeCloseTo(80_000 * (64500 / 70123), 6);
  });

  it('a source that keeps failing is skipped for a cool-down, then tried again', async () => {
    const { ctx, net, book } = setup();
    net.fail('mempool.space', { status: 500 });
    for (let i = 0; i < 3; i++) await fetchPrice(ctx, null);
    expect(net.count('mempool.space/api/v1/prices')).toBe(9); // 3 calls × (1 + 2 retries)
    const skipped = await fetchPrice(ctx, null);
    expect(net.count('mempool.space/api/v1/prices')).toBe(9);
    expect(skipped.errors[0]?.message).toMatch(/skipped: cooling down/);
    expect(skipped.value?.source).toBe('Coinbase');
    net.heal();
    net.advance(5 * 60_000 + 1);
    expect((await fetchPrice(ctx, null)).value?.source).toBe('mempool.space');
    expect(book.state()['mempool.space']).toBeUndefined();
  });

  it('a 429 with a long Retry-After cools the source down for that long', async () => {
    const { ctx, net, book } = setup();
    net.fail('mempool.space', { status: 429, headers: { 'Retry-After': '900' } });
    await fetchPrice(ctx, null);
    expect(book.coolingUntil('mempool.space', net.now())).toBe(net.now() + 900_000);
  });

  it('a timeout falls back', async () => {
    const { net, book } = setup();
    net.fail('mempool.space/api/v1/prices', { hang: true });
    const http = { ...net.http, defaults: { timeoutMs: 20 } };
    const { value, errors } = await fetchPrice({ http, book }, null);
    expect(value?.source).toBe('Coinbase');
    expect(errors[0]?.message).toBe('timed out after 20 ms');
  });
});

describe('chain-stats chain', () => {
  it('mempool.space first', async () => {
    const { ctx } = setup();
    const { value } = await fetchChainStats(ctx, null);
    expect(value?.network.source).toBe('mempool.space');
    expect(value?.rewards.avgFeesBtc).toBeCloseTo(0.015, 10);
  });

  it('absurd difficulty from mempool → blockchain.info, keeping the last known fees', async () => {
    const { ctx, net } = setup();
    const hashrate = fixtureJson('mempool.space/api/v1/mining/hashrate/1m') as Record<string, unknown>;
    net.serve('mempool.space/api/v1/mining/hashrate/1m', { ...hashrate, currentDifficulty: 141.67 });
    const previousRewards = { avgFeesBtc: 0.02, source: 'mempool.space', fetchedAt: 1 };
    const { value, errors } = await fetchChainStats(ctx, previousRewards);
    expect(errors[0]?.message).toMatch(/implausible difficulty/);
    expect(value?.network).toMatchObject({ source: 'blockchain.info', difficulty: 141668107417558 });
    expect(value?.rewards).toEqual(previousRewards);
  });

  it('absurd hashrate everywhere → no value', async () => {
    const { ctx, net } = setup();
    net.fail('mempool.space', { status: 500 });
    const stats = fixtureJson('api.blockchain.info/stats') as Record<string, unknown>;
    net.serve('api.blockchain.info/stats', { ...stats, hash_rate: 9.13e20 }); // H/s where GH/s belongs
    const { value, errors } = await fetchChainStats(ctx, null);
    expect(value).toBeNull();
    expect(errors[1]?.message).toMatch(/implausible hashrateHs/);
  });
});
