import { o, p, type RealCase } from '../labels';

// Malay crypto blog, heavily code-switched with English. The code is glued or doubled with the sign:
// "USD1 M", "USD$65K", "USD$1 M"; a ringgit total is glued "RM24,297,975" (the value of 90 BTC, not a price).
// "1 BTC = USD$1 M" is the per-coin forecast written as an equation.
export const cases: RealCase[] = [
  {
    url: 'https://decentralife.co/benarkah-ramalan-akan-datang-1-btc-usd1-m',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Benarkah Ramalan Akan Datang 1 BTC = USD1 M?',
    blocks: [
      'Idea bahawa 1 BTC = USD1 M ini penulis baru tahu beberapa tahun lepas. Maksudnya, walaupun dah lama main crypto, tak ada awareness pun nak cari lebih. Sebab apa? Selesa dengan apa yang ada.',
      'Sebenarnya ada satu masa penulis pegang lebih daripada 90 BTC. Masa itu penulis anggap Bitcoin cuma digital currency, jadi BTC yang ada dibelanjakan. Lagi 70 BTC dalam wallet XAPO pun dah habis beli mainan.',
      '90 BTC kalau ada hari ni berapa value dia? Ketika harga 1. Bitcoin = USD$65K, 90 BTC = RM24,297,975.',
      'Dem!',
      'Siapa yang bagi idea 1 BTC = USD$1 M?',
      'Yang bagi idea ini adalah PLAN B, rujuk twitter beliau. Dipendekkan cerita, PLAN B telah membuat prediction harga 1 BTC = USD$1 M berdasarkan teori S2F beliau iaitu Stock to Flow Model.',
      'Idea beliau, harga Bitcoin semakin naik kerana penghasilan Bitcoin semakin berkurang (due to Halving). Hence, harga boleh pergi USD$1 M per BTC.',
    ],
    expect: [
      p('USD1 M', 1e6),
      p('USD$65K', 65000),
      o('RM24,297,975', 24297975, 'MYR'),
      p('USD$1 M', 1e6),
      p('USD$1 M', 1e6),
      p('USD$1 M', 1e6),
    ],
  },
];
