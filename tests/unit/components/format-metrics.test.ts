import { describe, expect, it } from 'vitest';
import { formatEstimate } from '@/lib/format';
import {
  formatChangePercent,
  formatDateTime,
  formatDay,
  formatDifficulty,
  formatHashprice,
  formatHashrate,
  formatPercentAbs,
  formatPerKwh,
  gapDirection,
} from '@/lib/format-metrics';
import { en } from '../words';

describe('format-metrics', () => {
  it('formatPercentAbs: one decimal, no sign (the sentence says below/above)', () => {
    expect(formatPercentAbs(-0.1734, 'en-US')).toBe('17.3%');
    expect(formatPercentAbs(0.05, 'en-US')).toBe('5%');
    expect(formatPercentAbs(0, 'en-US')).toBe('0%');
    expect(formatPercentAbs(-0.1734, 'de-DE')).toBe('17,3\u00a0%');
  });

  it('formatChangePercent: signed with a real minus sign, one decimal', () => {
    expect(formatChangePercent(3.21, 'en-US')).toBe('+3.2%');
    expect(formatChangePercent(-11.16, 'en-US')).toBe('\u221211.2%');
    expect(formatChangePercent(0.01, 'en-US')).toBe('0%');
  });

  it('gapDirection reads the gap fraction (price/cost − 1)', () => {
    expect(gapDirection(-0.173)).toBe('below');
    expect(gapDirection(0.2)).toBe('above');
    expect(gapDirection(0.0001)).toBe('at');
  });

  it('formatEstimate rounds to three significant figures', () => {
    expect(formatEstimate(84_612.4, 'USD', 'en-US')).toBe('$84,600');
    expect(formatEstimate(123_456, 'USD', 'en-US')).toBe('$123,000');
    expect(formatEstimate(950, 'USD', 'en-US')).toBe('$950');
    expect(formatEstimate(84_612, 'EUR', 'en-US')).toBe('€84,600');
  });

  it('formatDifficulty, formatHashrate, formatHashprice, formatPerKwh', () => {
    expect(formatDifficulty(141_668_107_417_558, 'en-US')).toBe('141.67 T');
    expect(formatHashrate(9.13e20, 'en-US')).toBe('913 EH/s');
    expect(formatHashprice(38.2, en, 'USD', 'en-US')).toBe('$38.20/PH/day');
    expect(formatPerKwh(0.0452, 'USD', 'en-US')).toBe('$0.045/kWh');
  });

  it('formatDay omits the year for this year only', () => {
    const now = Date.UTC(2026, 1, 5, 12);
    expect(formatDay(Date.UTC(2026, 2, 12, 12), 'en-GB', now)).toBe('12 Mar');
    expect(formatDay(Date.UTC(2025, 11, 1, 12), 'en-GB', now)).toBe('1 Dec 2025');
  });

  it('formatDateTime gives day, month and time', () => {
    expect(formatDateTime(new Date(2026, 1, 5, 14, 32).getTime(), 'en-GB')).toBe('5 Feb, 14:32');
  });
});
