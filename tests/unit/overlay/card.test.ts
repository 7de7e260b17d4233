// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { badgeDataFromSnapshot, gapOf } from '../../../lib/overlay/badge-data';
import { fillCard, positionCard } from '../../../lib/overlay/card';
import { captureDom } from '../../../lib/overlay/dom';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { en } from '../words';
import { SNAPSHOT } from './helpers';

// The card's words: the side of cost, where the price sits among miners' break-even prices, the colours.
describe('badge card', () => {
  const data = badgeDataFromSnapshot(SNAPSHOT, DEFAULT_SETTINGS, en, 'en-US')!;
  const deps = {
    dom: captureDom(document),
    now: () => SNAPSHOT.computedAt,
    delay: () => () => {},
    optionsUrl: 'x',
    adoptStyles: () => {},
    t: en,
  };
  /** A card filled for the page amount `text` worth `usd`. */
  const cardFor = (
    text: string,
    usd: number,
    {
      kind = 'btc_price',
      far = false,
      with: shared = data,
    }: { kind?: 'btc_price' | 'btc_cost'; far?: boolean; with?: typeof data } = {},
  ) => {
    const card = document.createElement('div');
    const gap = gapOf(usd, shared);
    const view = {
      text,
      usd,
      gap: gap.gap,
      kind,
      band: gap.band,
      pill: '',
      aria: '',
      description: '',
      stale: false,
      far,
    };
    fillCard(card, view, shared, deps);
    return card;
  };
  const rows = (usd: number, kind: 'btc_price' | 'btc_cost' = 'btc_price') => {
    const card = cardFor('$1', usd, { kind });
    const dts = [...card.querySelectorAll('dt')].map((d) => d.textContent);
    const dds = [...card.querySelectorAll('dd')].map((d) => d.textContent);
    return { map: Object.fromEntries(dts.map((d, i) => [d, dds[i]])), text: card.textContent ?? '' };
  };

  it('says which side of cost, and where the price sits among miners', () => {
    expect(data.range).not.toBeNull();
    const low = rows(60_000);
    expect(low.map.Gap).toMatch(/^\d+% below cost \(0\.\d\d×\)$/);
    expect(low.map['Among miners']).toMatch(
      /^between an efficient miner's cost and the network average \(efficient \$4\d,\d{3}, average \$8\d,\d{3}, high-cost \$1\d\d,\d{3}\)$/,
    );
    expect(rows(200_000).map['Among miners']).toMatch(/^above even a high-cost miner's cost/);
    expect(low.text).toContain('Colours: red below 0.8× cost');
  });

  it('gives a cost figure on the page no miner range, and stays quiet without one', () => {
    expect(rows(87_000, 'btc_cost').map['Among miners']).toBeUndefined();
    expect(cardFor('$1', 60_000, { with: { ...data, range: null } }).textContent).not.toContain(
      'Among miners',
    );
  });

  it("says a price far from spot is compared with today's cost", () => {
    const card = cardFor('$126,000', 126_000, { far: true });
    expect([...card.querySelectorAll('dt')].map((d) => d.textContent)).toContain("vs today's cost");
  });

  it('converts the page amount only when it is written differently, and writes the cost as the popup does', () => {
    const price = (text: string, usd: number) => cardFor(text, usd).querySelector('dd')!.textContent;
    expect(price('$70,120', 70_120)).toBe('$70,120');
    expect(price('$70,123.45', 70_123.45)).toBe('$70,123.45');
    expect(price('₹58,50,000', 70_120)).toBe('₹58,50,000 ≈ $70,120');
    // Three significant figures, as the popup's headline and the toolbar write it.
    expect(data.costText).toMatch(/^\$\d\d,\d00$/);
  });

  it('stays short: five rows at a glance, the miner figures and model inputs behind "Details"', () => {
    const card = cardFor('$60,000', 60_000);
    const glance = [...card.querySelectorAll(':scope > dl > dt')].map((d) => d.textContent);
    expect(glance).toEqual(['Price', 'Cost to mine', 'Among miners', 'Gap', 'Data']);
    const more = card.querySelector('details')!;
    expect(more.querySelector('summary')!.textContent).toBe('Details');
    expect([...more.querySelectorAll('dt')].map((d) => d.textContent)).toContain('Hashprice');
  });
});

describe('placing the card', () => {
  const rect = (top: number, height: number, left = 10, width = 288) =>
    ({ top, bottom: top + height, left, right: left + width, width, height }) as DOMRect;
  const place = (badgeTop: number, cardHeight: number) => {
    const host = document.createElement('span');
    const card = document.createElement('div');
    host.getBoundingClientRect = () => rect(badgeTop, 16, 500, 60);
    card.getBoundingClientRect = () => rect(0, cardHeight);
    positionCard(card, host);
    return { top: Number.parseFloat(card.style.top), left: Number.parseFloat(card.style.left) };
  };
  // happy-dom's window is 1024 × 768.
  it('goes under the badge when it fits, above when it does not, measured rather than assumed', () => {
    expect(place(100, 405).top).toBe(122);
    expect(place(500, 405).top).toBe(500 - 6 - 405);
  });
  it('stays inside the viewport when it fits neither way, and never runs off the right edge', () => {
    const { top, left } = place(300, 700);
    expect(top).toBeGreaterThanOrEqual(4);
    expect(top + 700).toBeLessThanOrEqual(768 - 4);
    expect(left + 288).toBeLessThanOrEqual(1024 - 4);
  });
});
