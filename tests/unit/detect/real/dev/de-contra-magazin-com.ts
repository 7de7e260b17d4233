import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.contra-magazin.com/2021/03/bitcoin-marktkapitalisierung-bei-rund-1-billion-dollar/',
    lang: 'de',
    tags: ['format', 'prose'],
    title: 'Bitcoin: Marktkapitalisierung bei rund 1 Billion Dollar',
    blocks: [
      'Bitcoin: Marktkapitalisierung bei rund 1 Billion Dollar',
      'Am Freitag übersprang der Marktwert der Kryptowährung laut Coindesk eine Billion Dollar – ein weiterer Meilenstein für den Bitcoin-Preis.',
      'Gehandelt wurde die Digitalwährung am Freitag bei knapp 54,000 Dollar pro Coin, später stieg sie auf über 55,000 Dollar. Vor dem jüngsten Anstieg war der digitale Vermögenswert nie über 20,000 Dollar gehandelt worden.',
    ],
    expect: [
      o('1 Billion Dollar', 1e12),
      o('eine Billion Dollar', 1e12),
      p('54,000 Dollar', 54000),
      p('55,000 Dollar', 55000),
      p('20,000 Dollar', 20000),
    ],
  },
];
