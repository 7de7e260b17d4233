import { o, p, type RealCase } from '../labels';

// Indonesian market wrap (republished on a university staff site): altcoin prices per keping, ETH market cap, Bitcoin's weekly level last, stablecoins at US$1.
export const cases: RealCase[] = [
  {
    url: 'http://hilmi.staf.narotama.ac.id/berita/detail/30839-dogecoin-dan-polkadot-lesu,-bitcoin-perkasa',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Dogecoin dan Polkadot Lesu, Bitcoin Perkasa',
    blocks: [
      'Jakarta -- Harga mayoritas aset kripto teratas melemah pada Senin (11/10) pagi. Dilansir coinmarketcap.com, Dogecoin kini dihargai US$0,23 dan Polkadot US$34,95 per keping.',
      'Kripto dengan kapitalisasi pasar terbesar kedua, Ethereum (ETH), ikut merosot 1,42 persen dalam sehari dan kini dihargai US$3,465 per keping. Kapitalisasi pasar Ethereum kini sebesar US$407 miliar.',
      'Selanjutnya, Cardano (ADA) melemah 1,29 persen dalam 24 jam terakhir menjadi US$2,21 per keping.',
      'Binance Coin (BNB) dan XRP melemah masing-masing 0,69 persen dan 0,21 persen. Tercatat, Binance Coin dihargai US$410 dan XRP US$1,15.',
      'Sementara itu, Bitcoin (BTC) mencatatkan kenaikan tertinggi sebesar 1,65 persen. Dalam sepekan, Bitcoin juga naik hingga 15,89 persen menjadi US$55,420.',
      'Kenaikan tipis diikuti Tether (USDT) dan USD Coin (USDC), masing-masing 0,06 persen dan 0,04 persen, ke US$1 per keping.',
    ],
    expect: [
      o('US$0,23', 0.23),
      o('US$34,95', 34.95),
      o('US$3,465', 3465),
      o('US$407 miliar', 407000000000),
      o('US$2,21', 2.21),
      o('US$410', 410),
      o('US$1,15', 1.15),
      p('US$55,420', 55420),
      o('US$1', 1),
    ],
  },
];
