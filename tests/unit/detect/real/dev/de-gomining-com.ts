import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gomining.com/de/blog/how-to-use-spot-crypto-etfs-a-complete-investors-guide-2026',
    lang: 'de',
    tags: ['prose'],
    blocks: [
      'Der Moment, der den Kryptomarkt veränderte',
      'Eineinhalb Jahre später wirkt das Bild beeindruckend. Bis Oktober 2025 erreichte der IBIT von BlackRock ein verwaltetes Vermögen (AUM) von 100 Milliarden US-Dollar und wurde damit zum am schnellsten wachsenden ETF der Geschichte.',
      'Die Liquidität hat eine kritische Masse erreicht.',
      'Das gesamte verwaltete Vermögen aller Bitcoin-ETFs hat 160 Milliarden US-Dollar überschritten und damit einen tiefen und effizienten Markt geschaffen.',
    ],
    expect: [o('100 Milliarden US-Dollar', 100000000000), o('160 Milliarden US-Dollar', 160000000000)],
  },
];
