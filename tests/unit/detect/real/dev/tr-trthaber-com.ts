import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.trthaber.com/haber/dunya/bitcoin-ciftlikleri-yapay-zeka-fabrikalarina-donusuyor-928376.html',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin çiftlikleri yapay zeka fabrikalarına dönüşüyor',
    blocks: [
      {
        heading: 'Madencilik kârlılığı düşüyor',
        text: '2024’teki halving blok ödülünü yarıya indirerek kârlılığı daha da düşürdü. Üstelik Bitcoin’in 2025 zirvesinden yüzde 30 gerileyip yaklaşık 85 bin dolar civarında işlem görmesi madencilik gelirlerini baskılıyor.',
      },
    ],
    expect: [p('85 bin dolar', 85000)],
  },
];
