import { browser } from 'wxt/browser';
import { type Translate, translatorOf } from '@/lib/i18n/types';

/** Words in the UI language, from the browser's catalogue (`_locales/<lang>/messages.json`). */
// Looked up per call, so tests can swap the catalogue (tests/unit/i18n.ts); the polyfill types the key
// as the predefined @@ messages only.
export const t: Translate = translatorOf({
  getMessage: (key, substitutions) =>
    (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(
      key,
      substitutions,
    ),
});

/** The UI language (`i18n.getUILanguage()`): the pages write numbers and dates in it. */
export const uiLocale = (): string => browser.i18n.getUILanguage();
