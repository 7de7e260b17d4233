import { describe, expect, it } from 'vitest';
import { createRefresher } from '../../../lib/background/refresher';
import { badgeDataFromSnapshot } from '../../../lib/overlay/badge-data';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { readSnapshot } from '../../../lib/snapshot/schema';
import { fetchPageRates } from '../../../lib/sources/page-rates';
import { createFakeBrowser } from '../background/fake-browser';
import { en } from '../words';
import { createFakeNet } from './fake-net';

const RATES = 'api.coinbase.com/v2/exchange-rates';

describe('rates for currencies pages write prices in', () => {
  it('turns the price of one bitcoin in each currency into USD per unit', async () => {
    const net = createFakeNet();
    const { usdPer, fetchedAt } = await fetchPageRates(net.http);
    expect(usdPer.KRW).toBeCloseTo(1 / 1370, 8);
    expect(usdPer.TRY).toBeCloseTo(1 / 34, 8);
    expect(usdPer.INR).toBeCloseTo(1 / 83.5, 8);
    // The display currencies have their own rates; only the others are kept here.
    expect(usdPer.EUR).toBeUndefined();
    expect(fetchedAt).toBe(net.now());
  });

  it('drops broken quotes and refuses an answer without a USD price', async () => {
    const net = createFakeNet();
    net.serve(RATES, {
      data: { currency: 'BTC', rates: { USD: '70000', KRW: 'NaN', CNY: '0', INR: '5845000' } },
    });
    expect(await fetchPageRates(net.http)).toMatchObject({ usdPer: { INR: 70000 / 5845000 } });
    expect(Object.keys((await fetchPageRates(net.http)).usdPer)).toEqual(['INR']);
    net.serve(RATES, { data: { currency: 'BTC', rates: { KRW: '96000000' } } });
    await expect(fetchPageRates(net.http)).rejects.toThrow(/no USD quote/);
  });

  it('reach the snapshot on the daily tier, and badges then price won, lira and rupees', async () => {
    const net = createFakeNet();
    const local = createFakeBrowser().local;
    const refresher = createRefresher({ http: net.http, local, loadSettings: async () => DEFAULT_SETTINGS });
    await refresher.refresh();
    expect(net.count(RATES)).toBe(1);
    const snapshot = readSnapshot((await local.get('snapshot')).snapshot);
    const data = badgeDataFromSnapshot(snapshot, DEFAULT_SETTINGS, en);
    expect(data?.usdPer.KRW).toBeCloseTo(1 / 1370, 8);
    expect(data?.usdPer.EUR).toBe(snapshot?.price.usdPer.EUR);
  });

  it('a failing rates source keeps the last rates and fails nothing else', async () => {
    const net = createFakeNet();
    const local = createFakeBrowser().local;
    const refresher = createRefresher({ http: net.http, local, loadSettings: async () => DEFAULT_SETTINGS });
    await refresher.refresh();
    net.fail(RATES, { status: 503 });
    net.advance(25 * 3_600_000);
    const snapshot = await refresher.refresh();
    expect(snapshot?.pageRates?.KRW).toBeCloseTo(1 / 1370, 8);
    expect(snapshot?.health.failing).toBe(false);
  });
});
