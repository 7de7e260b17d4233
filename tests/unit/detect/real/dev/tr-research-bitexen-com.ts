import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://research.bitexen.com/post/bitcoin-in-tamamen-seyreltilmis-piyasa-degeri-1-trilyon-dolari-asti',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin’in tamamen seyreltilmiş piyasa değeri 1 trilyon doları aştı',
    blocks: [
      'Bugün (12 Şubat Cuma), Coinmarketcap verilerine göre Bitcoin’in tamamen seyreltilmiş piyasa değeri 1 trilyon doları aştı.',
      'Tamamen Seyreltilmiş Piyasa Değeri = (Fiyat) x (Maksimum Arz)',
    ],
    expect: [o('1 trilyon dolar', 1e12)],
  },
];
