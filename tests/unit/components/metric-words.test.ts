import { describe, expect, it } from 'vitest';
import { hashpriceTrend, puellWords, RIBBON_WORDS } from '@/components/metric-words';
import { converter } from '@/components/money';
import { hashpriceUsd } from '@/lib/economics/hashprice';
import { makeHistory, makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { en } from '../words';

const NOW = Date.UTC(2026, 1, 5, 12);

describe('metric words', () => {
  it('names every Hash Ribbons state in words', () => {
    expect(Object.keys(RIBBON_WORDS).sort()).toEqual(['capitulation', 'normal', 'recovery']);
  });

  it('puellWords names the zones', () => {
    expect(puellWords(0.4, en)).toMatch(/^bottom zone/);
    expect(puellWords(1.1, en)).toMatch(/^between/);
    expect(puellWords(3.5, en)).toMatch(/^top zone/);
  });

  it('hashpriceTrend compares with the day about 30 days back', () => {
    const history = makeHistory(NOW);
    const past = history.days.filter((d) => d.t <= NOW - 30 * 86_400_000).at(-1)!;
    const then = hashpriceUsd(past.difficulty, past.rewardBtc, past.priceUsd);
    expect(hashpriceTrend(history, then * 1.1, NOW)).toBeCloseTo(0.1, 10);
    expect(hashpriceTrend(null, 40, NOW)).toBeNull();
    expect(hashpriceTrend({ ...history, days: history.days.slice(-10) }, 40, NOW)).toBeNull();
  });
});

describe('converter', () => {
  const snapshot = makeSnapshot({ now: NOW });
  it('converts USD at the BTC cross rate', () => {
    const eur = converter(snapshot, 'EUR');
    expect(eur.currency).toBe('EUR');
    expect(eur(snapshot.price.usd)).toBeCloseTo(snapshot.price.perCurrency.EUR!, 6);
  });
  it('is the identity for USD and falls back to USD without a rate', () => {
    expect(converter(snapshot, 'USD')(123)).toBe(123);
    const broken = {
      ...snapshot,
      price: { ...snapshot.price, perCurrency: { ...snapshot.price.perCurrency, JPY: 0 } },
    };
    const jpy = converter(broken, 'JPY');
    expect(jpy.currency).toBe('USD');
    expect(jpy(5)).toBe(5);
  });
});
