import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, it } from 'vitest';
import { detectPrices as fromSource } from '../lib/detect';
import { article } from '../tests/unit/detect/golden-inputs';

// Throughput of the detector on a ~2 MB article and 1 MB adversarial inputs, and its shipped size.
// Prints figures only; never asserts timings. Throughput is measured on the shipped code: the
// detector bundled and minified as the overlay gets it, loaded by Node itself. The same source run
// through the test runner's module wrapper (each imported binding read through a getter) is printed
// for comparison, ~15 % slower.

type Detect = typeof fromSource;
let detectPrices: Detect;
let shipped = '';
let dir = '';

beforeAll(async () => {
  const out = await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: new URL('../lib/detect/index.ts', import.meta.url).pathname,
        formats: ['es'],
        fileName: 'detect',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  shipped = outputs.map((c) => ('code' in c ? c.code : '')).join('');
  dir = mkdtempSync(join(tmpdir(), 'hashfloor-detect-'));
  writeFileSync(join(dir, 'detect.mjs'), shipped);
  detectPrices = (
    (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'detect.mjs')).href)) as {
      detectPrices: Detect;
    }
  ).detectPrices;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * Steady-state throughput: V8 needs several calls on a 2 MB text before the detector runs optimised
 * (a cold first call takes ~3× as long), so `warm` untimed calls come first; the cold call is printed too.
 */
function bench(label: string, text: string, runs = 7, detect: Detect = detectPrices, warm = 5): void {
  const mb = Buffer.byteLength(text) / 1e6;
  const options = { spotUsd: 68000, locale: 'en' };
  const t = performance.now();
  detect(text, options);
  const cold = performance.now() - t;
  for (let w = 1; w < warm; w++) detect(text, options);
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    found = detect(text, options).length;
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  console.log(
    `detect ${label} ${mb.toFixed(1)} MB: ${(mb / (ms / 1000)).toFixed(1)} MB/s (median of ${runs} after ${warm} ` +
      `warm-up calls; the cold first call ${(mb / (cold / 1000)).toFixed(1)} MB/s; ${found} amounts)`,
  );
}

it('throughput', () => {
  bench('prose', article(2e6));
  bench('prose (source under the test runner)', article(2e6), 7, fromSource);
  const adversarial: [string, string][] = [
    ['digits', '9'.repeat(1e6)],
    ['1,-runs', '1,'.repeat(5e5)],
    ['dollar signs', '$'.repeat(1e6)],
    ['spaced digits', '1 '.repeat(5e5)],
    ['grouped digits', '123 456 '.repeat(125_000)],
    ['$1 amounts', '$1 '.repeat(333_333)],
    ['mixed separators', "1.2,3'4 5".repeat(111_111)],
    ['bitcoin words', 'bitcoin $7 '.repeat(90_909)],
    ['ja scales', '7万3000ドル'.repeat(60_000)],
  ];
  for (const [label, text] of adversarial) bench(`adversarial ${label}`, text, 5);
});

it('bundle size', () => {
  console.log(
    `detect bundle: ${(shipped.length / 1024).toFixed(1)} KB minified, ${(gzipSync(shipped).length / 1024).toFixed(1)} KB gzip`,
  );
});
