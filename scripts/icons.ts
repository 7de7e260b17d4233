// `node --import ./scripts/lib/ts-resolve.mjs scripts/icons.ts`: renders docs/icon/hashfloor.svg (the
// one source) to the PNGs the manifest and toolbar use, in colour (public/icon/<size>.png) and in grey
// for paused or stale states (public/icon-grey/<size>.png), with headless Chromium. The PNGs are
// committed; rerun after changing the SVG (tests/unit/meta/icons.test.ts checks their sizes).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, QUIET_FLAGS } from './lib/chromium';

const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'docs/icon/hashfloor.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];
const VARIANTS = { icon: '', 'icon-grey': '--tile:#475467;--coin:#d0d5dd' };

const browser = await chromium.launch({ executablePath: findChromium(), args: QUIET_FLAGS });
const page = await browser.newPage();
for (const [dir, style] of Object.entries(VARIANTS)) {
  mkdirSync(join(ROOT, 'public', dir), { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px;${style}}</style>${svg}`,
    );
    await page.screenshot({ path: join(ROOT, 'public', dir, `${size}.png`), omitBackground: true });
  }
}
await browser.close();
console.log('wrote public/icon/*.png and public/icon-grey/*.png');
