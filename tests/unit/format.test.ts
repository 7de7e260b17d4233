import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatCompactMoney,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
} from '../../lib/format';

describe('format', () => {
  it('formats money in whole units by default, with cents on request', () => {
    expect(formatMoney(70123.45, 'USD', 'en-US')).toBe('$70,123');
    expect(formatMoney(38.2, 'USD', 'en-US', 2)).toBe('$38.20');
    expect(formatMoney(64500, 'EUR', 'de-DE')).toBe('64.500\u00a0€');
  });

  it('formats compact cost with a lower-case k', () => {
    expect(formatCompactMoney(84_612, 'USD', 'en-US')).toBe('$84.6k');
    expect(formatCompactMoney(1_250_000, 'USD', 'en-US')).toBe('$1.25M');
  });

  it('formats percentages: whole above 10 %, one decimal below, signed on request', () => {
    expect(formatPercent(-0.173, 'en-US', true)).toBe('\u221217%'); // U+2212, as every surface writes a minus
    expect(formatPercent(0.042, 'en-US', true)).toBe('+4.2%');
    expect(formatPercent(0, 'en-US', true)).toBe('0%');
    expect(formatPercent(0.2, 'en-US')).toBe('20%');
  });

  it('formats multiples and numbers', () => {
    expect(formatMultiple(0.8264, 'en-US')).toBe('0.83×');
    expect(formatNumber(141.666, 'en-US', 1)).toBe('141.7');
  });

  it('says how old data is', () => {
    const now = Date.parse('2026-02-05T12:00:00Z');
    expect(formatAge(now - 20_000, now, 'en-US')).toBe('now');
    expect(formatAge(now - 120_000, now, 'en-US')).toBe('2 min ago');
    expect(formatAge(now - 3 * 3_600_000, now, 'en-US')).toBe('3 hr ago');
    expect(formatAge(now - 86_400_000, now, 'en-US')).toBe('yesterday');
    expect(formatAge(now + 5_000, now, 'en-US')).toBe('now');
  });
});
