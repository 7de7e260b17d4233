import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { it } from 'vitest';
import { detectPrices } from '../lib/detect';
import { article } from '../tests/unit/detect/golden-inputs';

// Throughput of the detector on a ~2 MB article and 1 MB adversarial inputs, and its shipped size.
// Prints figures only; never asserts timings.

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function bench(label: string, text: string, runs = 7): void {
  const mb = Buffer.byteLength(text) / 1e6;
  detectPrices(text); // warm up
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    found = detectPrices(text, { spotUsd: 68000, locale: 'en' }).length;
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  console.log(
    `detect ${label} ${mb.toFixed(1)} MB: ${(mb / (ms / 1000)).toFixed(1)} MB/s (median of ${runs}, ${found} amounts)`,
  );
}

it('throughput', () => {
  bench('prose', article(2e6));
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

it('bundle size', async () => {
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
  const code = outputs.map((c) => ('code' in c ? c.code : '')).join('');
  console.log(
    `detect bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`,
  );
});
