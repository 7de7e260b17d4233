/**
 * The typed i18n layer. The English catalogue (`public/_locales/en/messages.json`, the one the browser
 * serves as default_locale) defines every key and how many substitutions it takes; it is read here for
 * its type only, so no catalogue is bundled. Code that produces words receives a `Translate`: the
 * browser's `i18n.getMessage` in the extension, a catalogue's in unit tests (lib/i18n/catalogue.ts).
 */
type English = typeof import('../../public/_locales/en/messages.json');

/** Every message key; a typo is a compile error. */
export type MessageKey = keyof English;

// How many placeholders a message declares: its substitutions, as a tuple of strings.
type LastOf<U> = (
  (U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void
    ? I
    : never
) extends () => infer L
  ? L
  : never;
type Strings<U, Acc extends string[] = []> = [U] extends [never]
  ? Acc
  : Strings<Exclude<U, LastOf<U>>, [...Acc, string]>;

/** The substitutions message `K` takes ([] for none), in the order of its `$1`…`$9`. */
export type ArgsOf<K extends MessageKey> = English[K] extends { placeholders: infer P }
  ? Strings<keyof P>
  : [];

/** Looks up message `key` in the reader's language and fills in its substitutions. */
export type Translate = <K extends MessageKey>(key: K, ...args: ArgsOf<K>) => string;

/** Words and the language numbers and dates are written in, handed to lib code that speaks. */
export interface UiWords {
  t: Translate;
  /** The UI language (`i18n.getUILanguage()`), for Intl; undefined: the runtime default. */
  locale?: string;
}

/** A `messages.json` file: each key's message and its named placeholders (`{ content: "$1" }`). */
export type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** The slice of `browser.i18n` / `chrome.i18n` the layer uses (available in content scripts too). */
export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** `Translate` over the browser's API: the catalogue of the UI language, English where it lacks a key. */
export const translatorOf =
  (api: Pick<I18nApi, 'getMessage'>): Translate =>
  (key, ...args) =>
    api.getMessage(key, args);
