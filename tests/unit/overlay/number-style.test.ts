import { describe, expect, it } from 'vitest';
import { formatMultiple, formatPercent } from '../../../lib/format';
import { multipleText, numberStyleOf, percentText } from '../../../lib/overlay/number-style';

const LOCALES = ['en-US', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL', 'ru-RU', 'tr-TR'];
const MORE = ['pl-PL', 'id-ID', 'hi-IN', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG', 'de-CH', 'sv-SE'];
const FRACTIONS = [
  -0.173, 0.042, -0.0996, 0.0995, 0.1, -0.1, 0.0004, -0.00004, 0, 1.5, 12.345, -0.5, 0.125, 99.9,
];
const MULTIPLES = [0.8264, 1, 1.005, 0.125, 12.3456, 0.004];

describe('badge numbers without Intl on the page', () => {
  it.each([...LOCALES, ...MORE])('writes percents and multiples exactly as Intl does in %s', (locale) => {
    const style = numberStyleOf(locale);
    for (const f of FRACTIONS) {
      expect(percentText(f, style, true), `${f} signed`).toBe(formatPercent(f, locale, true));
      expect(percentText(f, style), `${f}`).toBe(formatPercent(f, locale));
    }
    for (const m of MULTIPLES) expect(multipleText(m, style), `${m}×`).toBe(formatMultiple(m, locale));
  });
});
