import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nextquotidiano.it/caduta-bitcoin/',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'La caduta del Bitcoin',
    blocks: [
      'Ormai la caduta del Bitcoin è nei numeri: in una settimana la criptovaluta ha perso quasi il 5%, trascinando giù le altre monete virtuali. Ethereum ha ceduto oltre il 18 per cento in un giorno, sfondando la soglia di 300 dollari fino a un minimo di 257, mai visto da settembre 2017.',
      'La capitalizzazione complessiva delle criptovalute si aggira sui 191 miliardi di dollari. Al culmine della bitcoin-mania, a inizio gennaio, aveva superato gli 835 miliardi di dollari.',
    ],
    expect: [o('300 dollari', 300), o('191 miliardi di dollari', 191e9), o('835 miliardi di dollari', 835e9)],
  },
];
