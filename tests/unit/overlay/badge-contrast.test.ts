import { describe, expect, it } from 'vitest';
import { BADGE_CSS, CARD_CSS } from '../../../lib/overlay/styles';
import { contrast, fullHex } from '../wcag-contrast';

// WCAG 2.1 contrast of every badge state and of the card's text, read from the stylesheet the
// badges adopt (lib/overlay/styles.ts): text ≥ 4.5:1 (1.4.3). Colour is not the only signal (the
// words say the side), but each colour must still read.

const split = (sheet: string) => {
  const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
  const at = css.indexOf('@media (prefers-color-scheme:dark)');
  return { light: css.slice(0, at), dark: css.slice(at) };
};
const { light, dark } = split(BADGE_CSS);
const card = split(CARD_CSS);

/** The declarations of the first rule whose selector list holds `selector` exactly. */
function declarations(css: string, selector: string): Record<string, string> {
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors!.split(',').some((s) => s.trim() === selector)) continue;
    return Object.fromEntries(
      body!.split(';').flatMap((d) => {
        const at = d.indexOf(':');
        return at < 0 ? [] : [[d.slice(0, at).trim(), d.slice(at + 1).trim()]];
      }),
    );
  }
  throw new Error(`no rule for ${selector}`);
}

describe('badge and card contrast (WCAG 1.4.3)', () => {
  const pillText = declarations(light, '.pill').color!;

  it('reads the colours it checks from the stylesheet', () => {
    expect(fullHex(pillText)).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const band of ['.below', '.near', '.above'])
    it(`${band} pill text is at least 4.5:1 on its colour`, () => {
      expect(contrast(pillText, declarations(light, band).background!)).toBeGreaterThanOrEqual(4.5);
    });

  it('the cost pill is at least 4.5:1 in light and dark', () => {
    for (const css of [light, dark]) {
      const cost = declarations(css, '.cost');
      expect(contrast(cost.color!, cost.background!)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('card text, notes and links are at least 4.5:1 in light and dark', () => {
    const day = declarations(card.light, '.card');
    for (const part of ['.card dt', '.card p', '.card a'])
      expect(contrast(declarations(card.light, part).color!, day.background!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(day.color!, day.background!)).toBeGreaterThanOrEqual(4.5);
    const night = declarations(card.light, '.card[data-theme=dark]');
    expect(contrast(night.color!, night.background!)).toBeGreaterThanOrEqual(4.5);
    for (const part of ['.card[data-theme=dark] dt', '.card[data-theme=dark] a'])
      expect(contrast(declarations(card.light, part).color!, night.background!)).toBeGreaterThanOrEqual(4.5);
    const system = declarations(card.dark, '.card[data-theme=system] a');
    expect(contrast(system.color!, night.background!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring is at least 3:1 against a white page (1.4.11)', () => {
    const ring = /solid (#[0-9a-f]{3,6})/.exec(
      declarations(light, ':host(:focus-visible) .pill').outline!,
    )![1]!;
    expect(contrast(ring, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
