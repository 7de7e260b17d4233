import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/catalogue';
import { templatesOf, templateTranslator } from '@/lib/i18n/templates';
import type { Catalogue, MessageKey } from '@/lib/i18n/types';
import { i18nApi } from '../words';

const LOCALES = join(import.meta.dirname, '../../../public/_locales');
const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;

describe('templateTranslator', () => {
  it.each(readdirSync(LOCALES))('%s: says what the browser says, asking once per key', (lang) => {
    const catalogue = read(lang);
    const direct = translatorFor(catalogue) as (key: string, ...args: string[]) => string;
    const browser = i18nApi(catalogue, lang);
    const asked: string[] = [];
    const t = templateTranslator(() => ({}), {
      getMessage: (key, substitutions) => {
        asked.push(key);
        return browser.getMessage(key, substitutions);
      },
    }) as (key: string, ...args: string[]) => string;
    const keys = Object.keys(catalogue);
    for (const round of [1, 2])
      for (const key of keys) {
        // Arguments holding "$1" and "$$" come through as written, as the browser leaves them.
        const args = Object.keys(catalogue[key]!.placeholders ?? {}).map(
          (_, k) => `${round}·$${k + 1}$$·${k}`,
        );
        expect(t(key, ...args), `${lang}.${key}`).toBe(direct(key, ...args));
      }
    expect(asked).toEqual(keys);
  });

  it('reads published templates first and asks the browser for none of them', () => {
    const en = read('en');
    const published = templatesOf(i18nApi(en, 'en'), ['badgeBelowCost', 'cardGap'] as MessageKey[]);
    const asked: string[] = [];
    const t = templateTranslator(() => published, {
      getMessage: (key) => {
        asked.push(key);
        return key === 'badgeAtCost' ? 'at cost' : '';
      },
    });
    expect(t('badgeBelowCost', '17%')).toBe('17% below cost');
    expect(t('badgeAtCost')).toBe('at cost');
    expect(t('badgeAtCost')).toBe('at cost');
    expect(asked).toEqual(['badgeAtCost']);
  });
});
