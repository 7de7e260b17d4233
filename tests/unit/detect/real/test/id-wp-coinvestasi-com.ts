import { c, p, type RealCase } from '../labels';

// Indonesian crypto news on a JPMorgan note: production-cost estimates per coin next to a price target of the same size ("US$42 Ribu" / "US$42.000").
export const cases: RealCase[] = [
  {
    url: 'https://wp.coinvestasi.com/berita/jpmorgan-sebut-bitcoin-bisa-turun-ke-us42-ribu-setelah-halving',
    lang: 'id',
    tags: ['cost', 'prose', 'format'],
    title: 'JPMorgan Sebut Bitcoin Bisa Turun ke US$42 Ribu Setelah Halving',
    blocks: [
      'JPMorgan Sebut Bitcoin Bisa Turun ke US$42 Ribu Setelah Halving',
      'Halving yang diperkirakan terjadi pada April 2024 akan menekan keuntungan para miner, karena imbalan berkurang dan biaya produksi menjadi lebih tinggi.',
      'JPMorgan menyebut biaya produksi Bitcoin secara historis menjadi batas bawah bagi harga BTC, dan bank itu memperkirakan harga BTC bisa turun menjadi US$42.000 setelah halving.',
      'Biaya produksi Bitcoin yang diestimasi dalam laporan riset tersebut sekitar US$26.500, yang secara mekanis akan berlipat ganda menjadi US$53.000 setelah halving.',
      '“Jaringan Bitcoin juga bisa kehilangan 20% hashrate-nya setelah halving, yang akan menurunkan estimasi biaya produksi BTC ke US$42.000,” tulis laporan tersebut.',
      '“Estimasi US$42.000 ini adalah level harga yang kami bayangkan untuk Bitcoin setelah euforia halving mereda selepas April,” tulis para analis yang dipimpin Nikolaos Panigirtzoglou.',
      'Per artikel ini ditulis (3/1/24), BTC diperdagangkan pada harga US$61.385.',
    ],
    expect: [
      p('US$42 Ribu', 42000),
      p('US$42.000', 42000),
      c('US$26.500', 26500),
      c('US$53.000', 53000),
      c('US$42.000', 42000),
      p('US$42.000', 42000),
      p('US$61.385', 61385),
    ],
  },
];
