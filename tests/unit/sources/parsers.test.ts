import { describe, expect, it } from 'vitest';
import { fetchBlockchainInfoStats } from '../../../lib/sources/blockchain-info';
import { fetchCoinbasePrices } from '../../../lib/sources/coinbase';
import { fetchCoingeckoPrices } from '../../../lib/sources/coingecko';
import { fetchKrakenPrices } from '../../../lib/sources/kraken';
import {
  fetchMempoolAdjustment,
  fetchMempoolHashrate,
  fetchMempoolNetwork,
  fetchMempoolPrices,
} from '../../../lib/sources/mempool';
import { fetchMempoolHistory } from '../../../lib/sources/mempool-history';
import { completePrices } from '../../../lib/sources/quotes';
import { createFakeNet, T0 } from './fake-net';

// Every recorded response parses, with units converted at the edge (docs/domain.md §6).

describe('mempool.space', () => {
  it('prices: all seven currencies, time in seconds → ms', async () => {
    const net = createFakeNet();
    const { prices, asOf } = await fetchMempoolPrices(net.http);
    expect(prices).toEqual({
      USD: 70123,
      EUR: 64500,
      GBP: 55400,
      CAD: 95900,
      CHF: 62100,
      AUD: 107500,
      JPY: 10980000,
    });
    expect(asOf).toBe(T0 - 600_000);
  });
  it('prices: rejects prices older than three hours', async () => {
    const net = createFakeNet(T0 + 4 * 3_600_000);
    await expect(fetchMempoolPrices(net.http)).rejects.toThrow(/h old/);
  });
  it('network: difficulty, H/s, tip height as text, fees from sats strings', async () => {
    const net = createFakeNet();
    const { network, rewards } = await fetchMempoolNetwork(net.http);
    expect(network).toMatchObject({ difficulty: 141668107417558, hashrateHs: 9.13e20, height: 935_300 });
    expect(network.hashrate7dHs / 1e18).toBeGreaterThan(800);
    expect(network.hashrate7dHs / 1e18).toBeLessThan(1000);
    expect(rewards.avgFeesBtc).toBeCloseTo(0.015, 10); // 216,000,000 sats / 144 blocks
  });
  it('hashrate: difficulty items with `timestamp` instead of `time`, seconds → ms', async () => {
    const net = createFakeNet();
    const hashrate = await fetchMempoolHashrate(net.http, '1m');
    expect(hashrate.difficulty.at(-1)?.time).toBeGreaterThan(1.7e12);
    expect(hashrate.hashrates).toHaveLength(30);
  });
  it('difficulty-adjustment: ms dates kept as ms', async () => {
    const net = createFakeNet();
    const adjustment = await fetchMempoolAdjustment(net.http);
    expect(adjustment).toMatchObject({
      changePercent: -11.16,
      remainingBlocks: 124,
      retargetAt: T0 + 2 * 86_400_000,
    });
  });
  it('history: a year of hashrate, prices and rewards (sats → BTC)', async () => {
    const net = createFakeNet();
    const series = await fetchMempoolHistory(net.http);
    expect(series.hashrate.hashrates.length).toBe(365);
    expect(series.rewards[0]?.rewardBtc).toBeGreaterThan(3.1);
    expect(series.prices.at(-1)?.usd).toBeGreaterThan(60_000);
  });
  it('a valid JSON of the wrong shape is a data error naming the field', async () => {
    const net = createFakeNet();
    net.serve('mempool.space/api/v1/mining/reward-stats/144', {
      startBlock: 1,
      endBlock: 144,
      totalReward: 6.3,
      totalFee: 1,
    });
    await expect(fetchMempoolNetwork(net.http)).rejects.toThrow(/reward-stats shape at totalReward/);
    net.serve('mempool.space/api/v1/prices', [1, 2, 3]);
    await expect(fetchMempoolPrices(net.http)).rejects.toThrow(/mempool prices shape/);
    net.serve('mempool.space/api/blocks/tip/height', '<html>busy</html>');
    await expect(fetchMempoolNetwork(net.http)).rejects.toThrow(/tip height/);
  });
});

describe('price fallbacks', () => {
  it('Coinbase: decimal strings → numbers, every currency', async () => {
    const prices = await fetchCoinbasePrices(createFakeNet().http);
    expect(prices.USD).toBe(70123.45);
    expect(Object.keys(prices)).toHaveLength(7);
  });
  it('Kraken: result keys are not the requested pairs; c[0] is the last trade', async () => {
    const prices = await fetchKrakenPrices(createFakeNet().http);
    expect(prices.USD).toBe(70124.1);
    expect(prices.CHF).toBe(62090.1);
    expect(Object.keys(prices)).toHaveLength(7);
  });
  it('Kraken: an error array is a failure', async () => {
    const net = createFakeNet();
    net.serve('api.kraken.com/0/public/Ticker', { error: ['EGeneral:Too many requests'] });
    await expect(fetchKrakenPrices(net.http)).rejects.toThrow(/Too many requests/);
  });
  it('CoinGecko: lower-case currencies, last_updated_at seconds → ms', async () => {
    const { prices, asOf } = await fetchCoingeckoPrices(createFakeNet().http);
    expect(prices.JPY).toBe(10980000);
    expect(asOf).toBe(T0 - 60_000);
  });
  it('a source lacking a currency borrows the last exchange rate, or fails', () => {
    expect(
      completePrices({ USD: 100, EUR: 90 }, { GBP: 1.25, CAD: 0.5, CHF: 1, AUD: 0.5, JPY: 0.01 }),
    ).toMatchObject({
      GBP: 80,
      JPY: 10_000,
    });
    expect(() => completePrices({ USD: 100 })).toThrow(/no EUR price/);
  });
});

describe('blockchain.info', () => {
  it('stats: hash_rate GH/s → H/s', async () => {
    const stats = await fetchBlockchainInfoStats(createFakeNet().http);
    expect(stats.hashrateHs / 1e18).toBeCloseTo(913, 0);
    expect(stats).toMatchObject({ difficulty: 141668107417558, height: 935_300 });
  });
});
