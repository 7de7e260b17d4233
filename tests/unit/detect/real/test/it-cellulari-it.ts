import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cellulari.it/bitcoin-incredibile-storia-pizza-pagata-mezzo-miliardo/',
    lang: 'it',
    tags: ['format', 'label-value'],
    title: 'Bitcoin, l’incredibile storia della pizza pagata mezzo miliardo di dollari',
    blocks: [
      {
        text: 'Il tutto avvenne il 22 maggio 2010: 10mila Bitcoin, che allora valevano circa 40 dollari. Da allora il loro valore è cresciuto anno dopo anno, secondo questa scala:',
        heading: 'Bitcoin e la pizza pagata oltre mezzo miliardo di dollari',
      },
      '2010 (quando fu effettuato l’acquisto): valevano circa 43 dollari;',
      '2011, quasi 100mila dollari;',
      '2013, circa 1,2 milioni di dollari;',
      '2017, circa 22 milioni di dollari;',
    ],
    expect: [
      o('40 dollari', 40),
      o('43 dollari', 43),
      o('100mila dollari', 100000),
      o('1,2 milioni di dollari', 1.2e6),
      o('22 milioni di dollari', 22e6),
    ],
  },
];
