import type { I18nApi, MessageKey, Translate } from './types';

// Stand-ins for $1…$9, from Unicode's private use area: no message or number holds them.
const MARKS = Array.from({ length: 9 }, (_, k) => String.fromCharCode(0xe000 + k));
const MARK = /[\ue000-\ue008]/g;

/** Message `key` with stand-ins where its substitutions go, for `fillTemplate`. */
export const templateOf = (api: Pick<I18nApi, 'getMessage'>, key: string): string =>
  api.getMessage(key, MARKS);

/** A template's substitutions filled in: what `getMessage(key, args)` gives. */
export const fillTemplate = (template: string, args: readonly string[]): string =>
  template.replace(MARK, (m) => args[m.charCodeAt(0) - 0xe000] ?? '');

/** The templates of `keys`, as the background publishes them for pages. */
export const templatesOf = (
  api: Pick<I18nApi, 'getMessage'>,
  keys: readonly MessageKey[],
): Record<string, string> => Object.fromEntries(keys.map((key) => [key, templateOf(api, key)]));

/**
 * `Translate` from published templates, asking the browser (once per key) only for a key they lack. On
 * a page the first `getMessage` fetches the extension's whole catalogue synchronously from the browser
 * process: 3–7 ms of the short news page's start-up (bench "short news article"; docs/ARCHITECTURE.md,
 * "Overlay: from page text to badges").
 * @example templateTranslator(() => view.words, browser.i18n)('badgeBelowCost', '17%') // "17% below cost"
 */
export function templateTranslator(
  published: () => Readonly<Record<string, string>>,
  api: Pick<I18nApi, 'getMessage'>,
): Translate {
  const asked = new Map<string, string>();
  return ((key: string, ...args: string[]) => {
    let template = published()[key] ?? asked.get(key);
    if (template === undefined) {
      template = templateOf(api, key);
      asked.set(key, template);
    }
    return fillTemplate(template, args);
  }) as Translate;
}
