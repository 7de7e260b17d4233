import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pl.phongnhaexplorer.com/pio/technologia/ile-kosztuje-wydobycie-1-bitcoina.html',
    lang: 'pl',
    tags: ['cost', 'prose'],
    title: 'Ile kosztuje wydobycie 1 bitcoina?',
    blocks: [
      'Ile kosztuje wydobycie 1 bitcoina?',
      'Koszt wydobycia 1 bitcoina się zmienia: zależy od ceny prądu, wydajności sprzętu i trudności sieci. Według szacunków z października 2023 średni koszt wydobycia 1 BTC mieści się między $10 000 a $20 000, choć w konkretnych kopalniach może wyglądać inaczej.',
    ],
    expect: [c('$10 000', 10000), c('$20 000', 20000)],
  },
];
