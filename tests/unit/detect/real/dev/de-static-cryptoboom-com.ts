import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://static.cryptoboom.com/de/news/forecasting-bitcoin-price-using-quantitative-models-part-4',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Prognose des Bitcoin-Preises mit quantitativen Modellen, Teil 4',
    blocks: [
      'Hash-Rate und der geschätzte Preis von Bitcoin',
      'Die wachsende Schwierigkeit beim Mining muss mit wirtschaftlicher Tragfähigkeit einhergehen. In den ersten Monaten des Jahres 2010 zahlte Bitcoin den Minern insgesamt etwa 10.000 US-Dollar pro Monat.',
    ],
    expect: [o('10.000 US-Dollar', 10000)],
  },
];
