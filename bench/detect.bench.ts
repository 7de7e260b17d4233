import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { it } from 'vitest';
import { detectPrices } from '../lib/detect';

// Throughput of the detector on a ~2 MB article and 1 MB adversarial inputs, and its shipped size.
// Prints figures only; never asserts timings.

const SENTENCES = [
  'Bitcoin rose 2.1% to $67,450 on Tuesday, while ether slipped to $3,120.',
  'Spot bitcoin ETFs drew $520 million of net inflows, lifting total assets above $60 billion.',
  'Der Bitcoin-Kurs stieg um 4 Prozent auf 67.450 Dollar, die Marktkapitalisierung liegt bei 1,3 Billionen Dollar.',
  'Le bitcoin a franchi la barre des 70 000 dollars avant de reculer à 68 500 dollars.',
  'ビットコインの価格が一時7万3000ドルを突破し、過去最高値を更新した。',
  'बिटकॉइन की कीमत 70,000 डॉलर के पार पहुंच गई है।',
  'Analysts said the move was driven by macro data, with the dollar index steady and yields lower in 2024.',
  'The average cost to mine one bitcoin rose to $53,000 after the halving, CoinShares said.',
  'Miners earned $956 million in revenue in May; hashprice fell to $0.049 per terahash per day.',
  'Regulators in several countries continued to debate how exchanges should report customer holdings.',
  'The company said it would publish a full report on its operations after the end of the quarter.',
  'Die Analysten verweisen auf die anhaltende Unsicherheit an den Märkten und die Zinspolitik der Notenbanken.',
  'Les investisseurs restent prudents avant la publication des chiffres de l’inflation américaine.',
  'Market participants expect volatility to remain elevated as traders position for the options expiry.',
];

function article(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = SENTENCES[(i * 5) % SENTENCES.length]!;
    parts.push(s);
    n += Buffer.byteLength(s) + 1;
  }
  return parts.join(' ');
}

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
