import { describe, expect, it } from 'vitest';
import { fetchAdjustment, fetchHistory, fetchPrice } from '../../../lib/sources/chain';
import { fetchCoinbasePrices } from '../../../lib/sources/coinbase';
import { createCooldownBook } from '../../../lib/sources/cooldown';
import { plausiblePrices, plausibleRates } from '../../../lib/sources/fx';
import { fetchMempoolPrices } from '../../../lib/sources/mempool';
import { fetchMempoolHistory } from '../../../lib/sources/mempool-history';
import { createFakeNet, fixture, fixtureJson, T0 } from './fake-net';

// Edge checks on every source: absurd values are dropped or
// rejected where they enter, and reported; nothing non-finite gets through.

const PRICES = 'mempool.space/api/v1/prices';
const ADJUSTMENT = 'mempool.space/api/v1/difficulty-adjustment';
const ctxOf = (net = createFakeNet()) => ({ net, ctx: { http: net.http, book: createCooldownBook() } });

describe('currency prices', () => {
  it('keeps currencies whose implied USD rate is in its band, drops and names the rest', () => {
    const { prices, problems } = plausiblePrices({ USD: 70_000, EUR: 1e-6, GBP: 55_000, JPY: 70_000 });
    expect(prices).toEqual({ USD: 70_000, GBP: 55_000 });
    expect(problems).toEqual([
      expect.stringMatching(/^implausible EUR price/),
      expect.stringMatching(/^implausible JPY price.*expected 0.002–0.03/),
    ]);
    expect(plausibleRates({ USD: 1, EUR: 7e10, JPY: 0.0064 })).toEqual({ USD: 1, JPY: 0.0064 });
  });

  it('a dropped currency borrows the last rate, and the quote still succeeds with a warning', async () => {
    const { ctx: first } = ctxOf();
    const previous = (await fetchPrice(first, null)).value;
    const { ctx, net } = ctxOf();
    net.serve(PRICES, fixture(PRICES).replace('64500', '1e400'));
    const { value, errors } = await fetchPrice(ctx, previous);
    expect(value?.source).toBe('mempool.space');
    expect(value?.perCurrency.EUR).toBeCloseTo(64_500, 6);
    expect(errors).toEqual([
      expect.objectContaining({ source: 'mempool.space', message: expect.stringMatching(/EUR/) }),
    ]);
  });

  it('without an earlier rate the source fails and the next one answers', async () => {
    const { ctx, net } = ctxOf();
    net.serve(PRICES, fixture(PRICES).replace('64500', '0.000001'));
    const { value } = await fetchPrice(ctx, null);
    expect(value?.source).toBe('Coinbase');
    expect(Number.isFinite(value?.perCurrency.EUR)).toBe(true);
  });

  it('a 400-digit Coinbase decimal (Infinity) is not a price', async () => {
    const net = createFakeNet();
    net.serve(
      'api.coinbase.com/v2/exchange-rates',
      fixture('api.coinbase.com/v2/exchange-rates').replace('64501.1', `1${'0'.repeat(400)}`),
    );
    const prices = await fetchCoinbasePrices(net.http);
    expect(prices.EUR).toBeUndefined();
    expect(prices.USD).toBe(70123.45);
  });

  it('a mempool price dated in the future (year 2279) is rejected', async () => {
    const net = createFakeNet();
    net.serve(PRICES, { ...(fixtureJson(PRICES) as object), time: 9_770_292_200 });
    await expect(fetchMempoolPrices(net.http)).rejects.toThrow(/future/);
    net.serve(PRICES, { ...(fixtureJson(PRICES) as object), time: T0 / 1000 + 120 }); // clock skew is fine
    await expect(fetchMempoolPrices(net.http)).resolves.toMatchObject({ asOf: T0 + 120_000 });
  });
});

describe('difficulty adjustment', () => {
  it.each([
    ['-75', true],
    ['300', true],
    ['-75.01', false],
    ['5000', false],
    ['1e308', false],
  ])('difficultyChange %s %% accepted: %s (docs/domain.md §1 clamp)', async (change, ok) => {
    const { ctx, net } = ctxOf();
    net.serve(ADJUSTMENT, fixture(ADJUSTMENT).replace('-11.16', change));
    const { value, errors } = await fetchAdjustment(ctx);
    expect(value !== null).toBe(ok);
    if (!ok) expect(errors[0]?.message).toMatch(/retarget clamp/);
  });
});

describe('history series', () => {
  const HASHRATE = 'mempool.space/api/v1/mining/hashrate/1y';
  const REWARDS = 'mempool.space/api/v1/mining/blocks/rewards/1y';

  it('the recorded year passes without warnings (old prices set aside silently)', async () => {
    const { ctx } = ctxOf();
    const { value, errors } = await fetchHistory(ctx);
    expect(errors).toEqual([]);
    expect(value?.prices.every((p) => p.usd > 1000)).toBe(true);
  });

  it('absurd or non-finite days are dropped and reported', async () => {
    const { ctx, net } = ctxOf();
    const series = fixtureJson(HASHRATE) as { hashrates: Array<{ avgHashrate: number }> };
    series.hashrates.at(-1)!.avgHashrate = 1e305;
    series.hashrates[0]!.avgHashrate = 1e9;
    net.serve(HASHRATE, series);
    const rewards = fixtureJson(REWARDS) as Array<{ avgRewards: number }>;
    rewards[5]!.avgRewards *= 1000;
    net.serve(REWARDS, rewards);
    const { value, errors } = await fetchHistory(ctx);
    expect(value?.hashrate.hashrates).toHaveLength(363);
    expect(value?.rewards).toHaveLength(364);
    expect(errors.map((e) => e.message)).toEqual([
      'dropped 2 implausible point(s) of the hashrate history',
      'dropped 1 implausible point(s) of the rewards history',
    ]);
  });

  it.each(['[]', JSON.stringify((fixtureJson(REWARDS) as unknown[]).slice(-29))])(
    'too few reward points is a data error: %#',
    async (body) => {
      const net = createFakeNet();
      net.serve(REWARDS, body);
      await expect(fetchMempoolHistory(net.http)).rejects.toThrow(/rewards history shape: \d+ usable points/);
    },
  );
});
