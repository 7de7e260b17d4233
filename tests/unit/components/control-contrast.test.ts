import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../wcag-contrast';

// WCAG 1.4.11: the switch's track, off and on, stands out at least 3:1 from the page behind it and
// from its thumb, in light and dark, read from the stylesheets the popup and options use.
const css = (file: string) => readFileSync(resolve(import.meta.dirname, '../../../components', file), 'utf8');
const theme = css('theme.css');
const controls = css('controls.css');

/** `--name: light-dark(#light, #dark)` from theme.css. */
function themeColour(name: string): { light: string; dark: string } {
  const m = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(theme);
  if (!m) throw new Error(`no --${name} in theme.css`);
  return { light: m[1]!, dark: m[2]! };
}
/** The custom property a rule's `background` uses. */
function backgroundVar(selector: string): string {
  const body = controls.slice(controls.indexOf(`${selector} {`));
  return /background: var\(--([\w-]+)\)/.exec(body.slice(0, body.indexOf('}')))![1]!;
}
describe('switch contrast (WCAG 1.4.11)', () => {
  const page = themeColour('bg');
  const thumb = themeColour(backgroundVar('.switch-thumb'));
  for (const [state, selector] of [
    ['off', '.switch-track'],
    ['on', '.switch[aria-checked="true"] .switch-track'],
  ] as const)
    it(`the ${state} track is at least 3:1 against the page and the thumb, light and dark`, () => {
      const track = themeColour(backgroundVar(selector));
      for (const scheme of ['light', 'dark'] as const) {
        expect(contrast(track[scheme], page[scheme])).toBeGreaterThanOrEqual(3);
        expect(contrast(track[scheme], thumb[scheme])).toBeGreaterThanOrEqual(3);
      }
    });
});
