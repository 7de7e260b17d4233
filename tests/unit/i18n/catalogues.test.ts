import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/i18n/types';

// Every locale says everything English says, nothing more, with the same placeholders: a key missing in
// a locale would fall back to English mid-sentence, a placeholder missing would drop a figure.
const LOCALES = join(import.meta.dirname, '../../../public/_locales');
const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;
const en = read('en');
const others = readdirSync(LOCALES).filter((lang) => lang !== 'en');

/** The $NAME$ references of a message, lower-cased as browsers match them. */
const references = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const placeholders = (entry: Catalogue[string]) =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

describe('locale catalogues', () => {
  it('ship the five translations besides English', () => {
    expect(others.sort()).toEqual(['de', 'es', 'fr', 'ja', 'pt']);
  });

  it.each(others)('%s has every English key and no other', (lang) => {
    const keys = Object.keys(read(lang));
    expect(Object.keys(en).filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it.each(['en', ...others])('%s: placeholders match English and every one is used', (lang) => {
    const catalogue = read(lang);
    for (const [key, entry] of Object.entries(catalogue)) {
      const english = en[key]!;
      expect(placeholders(entry), `${lang}.${key}`).toEqual(placeholders(english));
      const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      expect([...new Set(references(entry.message))], `${lang}.${key} uses`).toEqual(declared.sort());
      // A lone "$" would be read as a substitution; a dollar sign is written "$$".
      expect(entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''), `${lang}.${key}`).not.toContain('$');
    }
  });

  it.each(others)('%s keeps the name Hashfloor wherever English says it', (lang) => {
    const catalogue = read(lang);
    for (const [key, entry] of Object.entries(en))
      if (entry.message.includes('Hashfloor')) expect(catalogue[key]!.message, key).toContain('Hashfloor');
  });

  it('French puts a no-break space before its high punctuation and %; Japanese has no spaces between words', () => {
    for (const [key, entry] of Object.entries(read('fr')))
      expect(entry.message, `fr.${key}`).not.toMatch(/ [:;?!%»]|« /);
    for (const [key, entry] of Object.entries(read('ja')))
      expect(entry.message, `ja.${key}`).not.toMatch(
        /[\u3040-\u30ff\u4e00-\u9fff] [\u3040-\u30ff\u4e00-\u9fff]/,
      );
  });
});
