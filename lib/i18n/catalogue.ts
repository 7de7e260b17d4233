import type { Catalogue, Translate } from './types';

/**
 * `Translate` over a `messages.json` object, as browsers substitute (named placeholders whose content
 * is `$1`…`$9`, case-insensitive; `$$` is a dollar sign; a missing key is ""), for code that runs
 * without a browser: unit tests, scripts.
 * @example translatorFor(en)('badgeBelowCost', '17%') // "17% below cost"
 */
export function translatorFor(catalogue: Catalogue): Translate {
  return ((key: string, ...args: string[]) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const named = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name?: string, n?: string) => {
      if (match === '$$') return '$';
      if (n) return args[Number(n) - 1] ?? '';
      const content = named.get(name!.toLowerCase());
      return content === undefined ? match : positional(content);
    });
  }) as Translate;
}
