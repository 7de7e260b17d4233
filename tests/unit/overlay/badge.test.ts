// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../lib/economics/band';
import { createBadge, renderBadge } from '../../../lib/overlay/badge';
import { badgeDataFromSnapshot, gapOf } from '../../../lib/overlay/badge-data';
import { ariaDescription, ariaLabel, pillText } from '../../../lib/overlay/copy';
import { captureDom } from '../../../lib/overlay/dom';
import { createSharedStyles } from '../../../lib/overlay/styles';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { en } from '../words';
import { SNAPSHOT } from './helpers';

const data = badgeDataFromSnapshot(
  { ...SNAPSHOT, cost: { ...SNAPSHOT.cost, costUsd: 84_600, label: 'Energy cost', detail: undefined } },
  DEFAULT_SETTINGS,
  en,
  'en-US',
)!;

describe('badge data and copy', () => {
  it('computes gap as price / cost − 1 with DOMAIN bands', () => {
    expect(gapOf(70_000, { ...data, costUsd: 87_000 }).gap).toBeCloseTo(-0.1954, 4);
    expect([bandOf(0.79), bandOf(0.8), bandOf(1.2), bandOf(1.21)]).toEqual([
      'below',
      'near',
      'near',
      'above',
    ]);
  });

  it('adapts the snapshot and falls back to USD without a rate', () => {
    expect(badgeDataFromSnapshot(null, DEFAULT_SETTINGS, en)).toBeNull();
    const eur = badgeDataFromSnapshot(SNAPSHOT, { ...DEFAULT_SETTINGS, displayCurrency: 'EUR' }, en)!;
    expect(eur.currency).toBe('EUR');
    expect(eur.currencyUsd).toBeGreaterThan(1);
    const noRate = {
      ...SNAPSHOT,
      price: { ...SNAPSHOT.price, usdPer: { USD: 1 } as typeof SNAPSHOT.price.usdPer },
    };
    expect(badgeDataFromSnapshot(noRate, { ...DEFAULT_SETTINGS, displayCurrency: 'EUR' }, en)!.currency).toBe(
      'USD',
    );
  });

  it('writes the pill in the chosen style with a band symbol, never colour alone', () => {
    const gap = gapOf(70_000, data);
    expect(pillText('btc_price', gap, data, en)).toBe('17% below cost');
    expect(pillText('btc_price', gapOf(60_000, data), data, en)).toBe('29% below cost');
    expect(pillText('btc_price', gapOf(120_000, data), data, en)).toBe('42% above cost');
    // "At cost" exactly when the shown percent rounds to 0.0, as the popup's headline says it (isAtCost).
    expect(pillText('btc_price', gapOf(data.costUsd * 1.0004, data), data, en)).toBe('at cost');
    expect(pillText('btc_price', gapOf(data.costUsd * 1.003, data), data, en)).toBe('0.3% above cost');
    expect(pillText('btc_price', gap, { ...data, style: 'multiple' }, en)).toBe('0.83× cost');
    expect(pillText('btc_price', gap, { ...data, style: 'cost' }, en)).toBe('cost $84.6k');
    expect(pillText('btc_cost', gap, data, en)).toBe('model: $84.6k');
  });

  it('names the badge in a few words and puts the figures in its description', () => {
    expect(ariaLabel('btc_price', '$70,000', gapOf(70_000, data), data, en)).toBe(
      'Bitcoin price $70,000: 17% below cost',
    );
    expect(ariaDescription('btc_price', gapOf(70_000, data), data, en)).toBe(
      'Estimated cost to mine one bitcoin: $84,600 (Energy cost; 0.83× of cost). An estimate, not a price floor.',
    );
    expect(ariaLabel('btc_cost', '$84,600', gapOf(data.costUsd, data), data, en)).toBe(
      "Cost-to-mine figure $84,600: level with the model's estimate",
    );
  });
});

describe('badge element', () => {
  const dom = captureDom(document);
  const view = {
    text: '<b>$70,000</b>',
    usd: 70000.004,
    gap: -0.17263,
    kind: 'btc_price' as const,
    band: 'near' as const,
    pill: '17% below cost',
    aria: 'Bitcoin price…',
    description: 'Estimated cost…',
    far: false,
    stale: false,
  };

  it('carries the DOM contract as attributes and keeps text as text', () => {
    const badge = createBadge(dom, createSharedStyles(document));
    renderBadge(badge, view, dom);
    const { host } = badge;
    expect(host.localName).toBe('hashfloor-badge');
    expect(host.getAttribute('data-hashfloor-text')).toBe('<b>$70,000</b>');
    expect(host.getAttribute('data-hashfloor-usd')).toBe('70000');
    expect(host.getAttribute('data-hashfloor-gap')).toBe('-0.1726');
    expect(host.getAttribute('data-hashfloor-kind')).toBe('btc_price');
    expect(host.getAttribute('aria-label')).toBe('Bitcoin price…');
    expect(host.getAttribute('aria-description')).toBe('Estimated cost…');
    expect(badge.pill.textContent).toBe('17% below cost');
    expect(badge.pill.className).toBe('pill near');
    expect(host.children).toHaveLength(0); // UI lives in the shadow root only
  });

  it('shares one stylesheet across every shadow root', () => {
    const adopt = createSharedStyles(document);
    const a = createBadge(dom, adopt);
    const b = createBadge(dom, adopt);
    expect(a.root.adoptedStyleSheets).toHaveLength(1);
    expect(a.root.adoptedStyleSheets[0]).toBe(b.root.adoptedStyleSheets[0]);
    expect(a.root.querySelector('style')).toBeNull();
  });

  it('skips writes that change nothing', () => {
    const badge = createBadge(dom, createSharedStyles(document));
    renderBadge(badge, view, dom);
    let writes = 0;
    const counting = {
      ...dom,
      setAttribute: (el: Element, n: string, v: string) => {
        writes += 1;
        dom.setAttribute(el, n, v);
      },
    };
    renderBadge(badge, { ...view }, counting);
    expect(writes).toBe(0);
    renderBadge(badge, { ...view, text: '$71,000' }, counting);
    expect(writes).toBe(1);
  });
});
