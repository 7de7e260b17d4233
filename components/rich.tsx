import type { ComponentChild } from 'preact';

/** Stand-ins for elements inside a message ("BTC $1 is $2…"), from Unicode's private use area. */
export const SLOTS = ['\uE000', '\uE001', '\uE002', '\uE003'] as const;

/**
 * A translated message with elements where its slots were: `rich(t('key', SLOTS[0]), <strong>…</strong>)`.
 * The translation decides the order; the elements keep their attributes (test ids, links).
 */
export function rich(message: string, ...parts: ComponentChild[]): ComponentChild[] {
  return message
    .split(/([\uE000-\uE003])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const slot = SLOTS.indexOf(piece as (typeof SLOTS)[number]);
      return slot < 0 ? piece : parts[slot];
    });
}
