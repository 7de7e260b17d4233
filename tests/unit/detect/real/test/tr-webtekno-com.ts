import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://webtekno.com/bitcoin-halving-yarilanma-gerceklesti-h92176.html',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      {
        heading: 'Bitcoin’de üçüncü halving öncesi düşüş görüldü:',
        text: '7 Temmuz 2016’daki ikinci halving öncesinde Bitcoin bir yılda 200 dolar seviyesinden 800 dolar seviyesine yaklaşmıştı. Üçüncü halving öncesinde ise değer artmadı, aksine düştü. Mart ortasında 4980 dolara kadar gerileyen Bitcoin, 7 Mayıs’a kadar istikrarlı bir yükselişle 9 bin 945 dolara çıkmıştı. Halving’e sayılı günler kala 7 bin 400 dolar seviyelerine indi.',
      },
      'Haberin yazıldığı sırada 8 bin 700 dolardan el değiştiren Bitcoin için beklentiler yüksek.',
    ],
    expect: [
      p('200 dolar', 200),
      p('800 dolar', 800),
      p('4980 dolara', 4980),
      p('9 bin 945 dolara', 9945),
      p('7 bin 400 dolar', 7400),
      p('8 bin 700 dolardan', 8700),
    ],
  },
];
