import { describe, expect, it } from 'vitest';
import { ALERT_STATE_KEY } from '../../../lib/background/alerter';
import { startBackground } from '../../../lib/background/service';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { createFakeNet, fixtureJson } from '../sources/fake-net';
import { createFakeBrowser } from './fake-browser';

// Alerts run on the background's own refreshes, notify only with the optional permission granted, and a
// click opens the popup's view.
const MIN = 60_000;

/** The price API answers `usd` from now on (the other currencies scaled with it). */
function setPrice(net: ReturnType<typeof createFakeNet>, usd: number) {
  const prices = fixtureJson('mempool.space/api/v1/prices') as Record<string, number>;
  const scaled = Object.fromEntries(
    Object.entries(prices).map(([k, v]) => [k, k === 'time' ? v + 3600 : (v * usd) / prices.USD!]),
  );
  net.serve('mempool.space/api/v1/prices', scaled);
  // Coinbase answers when mempool's quote is not fresh enough.
  const rates = fixtureJson('api.coinbase.com/v2/exchange-rates') as {
    data: { rates: Record<string, string> };
  };
  const base = Number(rates.data.rates.USD);
  net.serve('api.coinbase.com/v2/exchange-rates', {
    data: {
      ...rates.data,
      rates: Object.fromEntries(
        Object.entries(rates.data.rates).map(([k, v]) => [k, String((Number(v) * usd) / base)]),
      ),
    },
  });
  net.serve('api.coinbase.com/v2/prices/BTC-USD/spot', {
    data: { base: 'BTC', currency: 'USD', amount: String(usd) },
  });
}

async function withAlertOn(level: number) {
  const fake = createFakeBrowser();
  const net = createFakeNet();
  await fake.sync.set({ settings: { ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, level } } });
  const bg = startBackground(fake.browser, net.http);
  await bg.ready;
  return { fake, net, bg };
}

describe('alerts in the background', () => {
  it("a price crossing the reader's level notifies once the permission is granted; a click opens the popup", async () => {
    // The fixture price is $70,123: a level at $69,000 is below it.
    const { fake, net, bg } = await withAlertOn(69_000);
    expect((await fake.local.get(ALERT_STATE_KEY))[ALERT_STATE_KEY]).toMatchObject({ levelSide: 'above' });
    fake.grantNotifications();
    setPrice(net, 65_000);
    net.advance(10 * MIN);
    const snap = await bg.refresh();
    expect(snap?.price.usd).toBe(65_000);
    expect(fake.notified.map((n) => n.title)).toEqual(['Bitcoin crossed below $69,000']);
    fake.clickNotification(fake.notified[0]!.id);
    expect(fake.opened.at(-1)).toBe('chrome-extension://hashfloor-test/popup.html');
  });

  it('without the permission nothing is shown, and with every alert off no state is kept', async () => {
    const { fake, net, bg } = await withAlertOn(69_000);
    setPrice(net, 65_000);
    net.advance(10 * MIN);
    await bg.refresh();
    expect(fake.notified).toEqual([]);
    const quiet = createFakeBrowser();
    await startBackground(quiet.browser, createFakeNet().http).ready;
    expect((await quiet.local.get(ALERT_STATE_KEY))[ALERT_STATE_KEY]).toBeUndefined();
  });
});
