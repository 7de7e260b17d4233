// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FAR_FROM_SPOT, isFarFromSpot } from '../../../lib/overlay/far-from-spot';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { badges, type Harness, SNAPSHOT, startTestOverlay, texts } from './helpers';

// A past peak or a forecast is not today's price: its badge says so (or, by choice, is left out).
let h: Harness | undefined;
afterEach(() => {
  h?.stop();
  document.body.innerHTML = '';
});

const spot = SNAPSHOT.price.usd;
const page = `<p>Bitcoin traded at $${Math.round(spot).toLocaleString('en-US')} today, far below its peak of $126,000 in October.</p>`;

describe('prices far from spot', () => {
  it('is more than 25 % either side of spot, for prices only', () => {
    expect(isFarFromSpot('btc_price', spot * (1 + FAR_FROM_SPOT + 0.01), { spotUsd: spot })).toBe(true);
    expect(isFarFromSpot('btc_price', spot * (1 - FAR_FROM_SPOT - 0.01), { spotUsd: spot })).toBe(true);
    expect(isFarFromSpot('btc_price', spot * 1.2, { spotUsd: spot })).toBe(false);
    expect(isFarFromSpot('btc_cost', spot * 2, { spotUsd: spot })).toBe(false);
  });

  it("get a quiet badge that says it is not today's price; today's price a plain one", async () => {
    document.body.innerHTML = page;
    h = startTestOverlay();
    await h.flush();
    const [today, peak] = badges();
    expect(texts()).toEqual([`$${Math.round(spot).toLocaleString('en-US')}`, '$126,000']);
    expect(today!.getAttribute('data-hashfloor-far')).toBe('false');
    expect(peak!.getAttribute('data-hashfloor-far')).toBe('true');
    expect(peak!.getAttribute('aria-description')).toMatch(
      /^Not today's price \(\$[\d,]+ now\): compared with today's cost\. /,
    );
    expect(today!.getAttribute('aria-description')).toMatch(/^Estimated cost/);
  });

  it('are left out when the reader chooses, and come back when they change their mind', async () => {
    document.body.innerHTML = page;
    h = startTestOverlay({ settings: { farPrices: 'hide' } });
    await h.flush();
    expect(texts()).toEqual([`$${Math.round(spot).toLocaleString('en-US')}`]);
    h.setState({ settings: { ...DEFAULT_SETTINGS, farPrices: 'quiet' } });
    await h.flush();
    expect(texts()).toHaveLength(2);
  });
});
