import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://suzhoumeite.com/page/1-btc-%3D-idr',
    lang: 'id',
    tags: ['label-value', 'format'],
    title: '1 Btc = Idr',
    blocks: [
      '1 BTC = IDR: Menghitung Nilai Bitcoin dalam Rupiah',
      {
        heading: 'Berapa Nilai 1 BTC dalam IDR?',
        text: 'Nilai 1 BTC dalam IDR dapat berfluktuasi setiap hari. Namun, berikut adalah nilai terakhir 1 BTC dalam IDR:',
      },
      {
        heading: 'Berapa Nilai 1 BTC dalam IDR?',
        text: '1 BTC = IDR 550,000,000 (nilai dapat berubah sewaktu-waktu)',
      },
      {
        heading: 'Bagaimana Cara Menghitung Nilai Bitcoin dalam IDR?',
        text: 'Nilai IDR = Nilai BTC x kurs dolar Amerika Serikat (USD) x kurs Rupiah (IDR) terhadap USD',
      },
      { heading: 'Bagaimana Cara Menghitung Nilai Bitcoin dalam IDR?', text: 'Nilai 1 BTC = USD 40,000' },
      {
        heading: 'Bagaimana Cara Menghitung Nilai Bitcoin dalam IDR?',
        text: 'Kurs USD terhadap IDR = 14,000 IDR/USD',
      },
      {
        heading: 'Bagaimana Cara Menghitung Nilai Bitcoin dalam IDR?',
        text: 'Nilai 1 BTC dalam IDR = 40,000 x 14,000 = IDR 560,000,000',
      },
    ],
    expect: [
      p('IDR 550,000,000', 550e6, 'IDR'),
      p('USD 40,000', 40000),
      o('14,000 IDR/USD', 14000, 'IDR'),
      p('40,000', 40000),
      p('IDR 560,000,000', 560e6, 'IDR'),
    ],
  },
];
