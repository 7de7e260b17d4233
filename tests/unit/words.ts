import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translatorFor } from '@/lib/i18n/catalogue';
import type { Catalogue, I18nApi, Translate, UiWords } from '@/lib/i18n/types';
import deMessages from '../../public/_locales/de/messages.json';
import enMessages from '../../public/_locales/en/messages.json';

// The catalogues for tests that run without a browser: English by default (headless Chromium's UI
// language too, so unit and e2e tests read the same words), German to prove words are translated.

export const en: Translate = translatorFor(enMessages as Catalogue);
export const de: Translate = translatorFor(deMessages as Catalogue);

/** English words, en-US numbers: what lib code that speaks gets in tests. */
export const EN: UiWords = { t: en, locale: 'en-US' };

/** A `browser.i18n` over `catalogue`, for fake browsers. */
export const i18nApi = (catalogue: Catalogue, locale: string): I18nApi => {
  const t = translatorFor(catalogue) as (key: string, ...args: string[]) => string;
  return {
    getMessage: (key, substitutions = []) =>
      t(key, ...(Array.isArray(substitutions) ? substitutions : [substitutions])),
    getUILanguage: () => locale,
  };
};

/** Puts a catalogue into WXT's fake `browser` (components read words through it). */
export function useCatalogue(catalogue: Catalogue = enMessages as Catalogue, locale = 'en-US'): void {
  const api = i18nApi(catalogue, locale);
  const i18n = fakeBrowser.i18n as unknown as I18nApi;
  i18n.getMessage = api.getMessage;
  i18n.getUILanguage = api.getUILanguage;
}
