import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dailybase.com/de/news/bitcoin-erreicht-neues-allzeithoch-123-000',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin erreicht neues Allzeithoch: 123.000',
    blocks: [
      'Nachdem im letzten April die ersten Anleger ein kleines Panik-P in den Augen hatten und die Preise fielen, hat sich der Kurs der Kryptowährung Bitcoin relativ schnell wieder stabilisiert. Erstmals erreicht der Bitcoin heute $123.000 oder umgerechnet rund 106.000 Euro. Der helle Wahnsinn.',
      {
        text: 'Immer mehr ETFs nehmen mittlerweile den Bitcoin auf. In den letzten Wochen sollen ETFs rund 2,7 Milliarden US-Dollar in die digitale Währung investiert haben.',
        heading: 'Gründe für den starken Anstieg',
      },
    ],
    expect: [p('$123.000', 123000), p('106.000 Euro', 106000, 'EUR'), o('2,7 Milliarden US-Dollar', 2.7e9)],
  },
];
