import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dissapore.com/notizie/bitcoin-pizza-day-ecco-cosa-si-festeggia-oggi/',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin Pizza Day: ecco cosa si festeggia oggi',
    blocks: [
      "Nel 2010, all'epoca dell'acquisto, 10mila Bitcoin valevano circa 43 dollari: non male per due pizze. Dieci anni dopo la stessa somma vale circa 60 milioni di dollari, una cifra spropositata per qualsiasi pizza.",
    ],
    expect: [o('43 dollari', 43), o('60 milioni di dollari', 60e6)],
  },
];
