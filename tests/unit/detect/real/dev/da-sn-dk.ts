import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sn.dk/Sjaelland/Bag-om-bitcoins/artikel/711430?rss',
    lang: 'da',
    tags: ['prose'],
    title: 'Bag om bitcoins',
    blocks: [
      '- Det er en digital valuta, som er startet som et privat alternativ til de valutaer, vi kender. I år er den steget omkring 1800 procent.',
      'Værdien af en bitcoin var tirsdag i denne uge 113.436 kroner. I starten af året kostede en bitcoin 5.979 kroner.',
    ],
    expect: [p('113.436 kroner', 113436, 'DKK'), p('5.979 kroner', 5979, 'DKK')],
  },
];
