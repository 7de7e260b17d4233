import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconPaths } from '../../../lib/background/toolbar';

// The icons are PNGs rendered from one SVG source (docs/icon/hashfloor.svg, scripts/icons.ts): every
// size the manifest and toolbar name exists, is a PNG, and is as large as its name says.
const ROOT = join(import.meta.dirname, '../../..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('icons', () => {
  it.each(['icon', 'icon-grey'])('%s: 16, 32, 48 and 128 px PNGs', (dir) => {
    for (const size of [16, 32, 48, 128])
      expect(pngSize(join(ROOT, 'public', dir, `${size}.png`))).toEqual([size, size]);
  });

  it('the toolbar names only icons that exist, and the source SVG is in the repository', () => {
    for (const grey of [false, true])
      for (const [size, path] of Object.entries(iconPaths(grey)))
        expect(pngSize(join(ROOT, 'public', path))).toEqual([Number(size), Number(size)]);
    expect(readFileSync(join(ROOT, 'docs/icon/hashfloor.svg'), 'utf8')).toMatch(/^<svg /);
  });
});
