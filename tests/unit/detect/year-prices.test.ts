import { describe, expect, it } from 'vitest';
import { detectPrices } from '../../../lib/detect';
import { firstYear, nearestYear, yearFit } from '../../../lib/detect/year-prices';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

describe("a value against its year's prices", () => {
  it("fits a price of that year and not a sum far outside that year's range", () => {
    expect(yearFit(974, 2017)).toBe(1);
    expect(yearFit(13.5, 2012)).toBe(1);
    expect(yearFit(100_000, 2013)).toBe(2);
    expect(yearFit(40, 2021)).toBe(2);
  });

  it('says nothing for a year before 2010, from 2026 (today: spot decides), or an unknown value', () => {
    expect(yearFit(0.001, 2009)).toBe(0);
    expect(yearFit(70_000, 2026)).toBe(0);
    expect(yearFit(Number.NaN, 2017)).toBe(0);
  });

  it('takes the year named nearest the amount, never one inside it', () => {
    const s = 'In 2013 it passed $1,000; by late 2021 it had reached $69,000 (2015 dollars).';
    expect(nearestYear(s, s.indexOf('$1,000'), s.indexOf('$1,000') + 6)).toBe(2013);
    expect(nearestYear(s, s.indexOf('$69,000'), s.indexOf('$69,000') + 7)).toBe(2015);
    const own = s.indexOf('2015 dollars');
    expect(nearestYear(s, own, own + 12)).toBe(2021);
    expect(nearestYear('It traded at $70,000 today.', 13, 20)).toBe(0);
  });

  it("reads a page's year from its context or path", () => {
    expect(firstYear('Price (US$) · 2013 · Bitcoin history · example.com')).toBe(2013);
    expect(firstYear('/markets/2015/01/14/bitcoin-falls')).toBe(2015);
    expect(firstYear('/news/20150114-bitcoin')).toBe(0);
    expect(firstYear(undefined)).toBe(0);
  });

  // A level of its year, far below today's spot: read as a price, and surely enough to be badged
  // (modelled on the dev pages es-lne-es.ts and ko-ilyoseoul-co-kr.ts; before the year's prices were a
  // feature, the first read as other and the second fell under the overlay's minimum confidence).
  it.each([
    ['La criptomoneda empezó 2017 cotizando en torno a 1.000 dólares.', '1.000 dólares', 'es'],
    ['2017년 초 960달러에서 출발했던 비트코인 가격은 1년 동안 크게 올랐다.', '960달러', 'ko'],
  ])('reads "%s" as a price of its year', (text, amount, locale) => {
    const [m] = detectPrices(text, { spotUsd: 70_123, locale });
    expect(m).toMatchObject({ text: amount, kind: 'btc_price' });
    expect(m!.confidence).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.minConfidence);
  });
});
