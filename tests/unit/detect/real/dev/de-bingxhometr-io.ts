import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bingxhometr.io/de-de/news/post/bitcoin-miners-pivot-to-renewable-energy-as-hash-price-falls-below-breakeven-level',
    lang: 'de',
    tags: ['cost', 'format'],
    title:
      'Bitcoin-Miner setzen verstärkt auf erneuerbare Energien, da der Hash-Preis unter die $40-Break-even-Schwelle fällt',
    blocks: [
      'Bitcoin-Miner setzen verstärkt auf erneuerbare Energien, da der Hash-Preis unter die $40-Break-even-Schwelle fällt',
      'Weil der Hash-Preis nahe seinem Rekordtief unter der $40-Break-even-Schwelle verharrt, setzen Bitcoin-Mining-Unternehmen zunehmend auf Solar-, Wasser- und Windkraft.',
    ],
    expect: [o('$40', 40), o('$40', 40)],
  },
];
