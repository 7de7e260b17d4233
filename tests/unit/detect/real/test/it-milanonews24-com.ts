import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://milanonews24.com/news/bitcoin-costo-produzione-supera-prezzo-lo-studio-ispi',
    lang: 'it',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin – Il costo di produzione supera il prezzo. Lo studio ISPI',
    blocks: [
      'Bitcoin – Il costo di produzione supera il prezzo. Lo studio ISPI',
      '“Un rischio all’orizzonte però c’è, e c’entra anche la crisi energetica”, evidenzia l’Ispi: “Il valore di Bitcoin risulta in questo momento inferiore al costo medio di “produzione”, ormai superiore ai 20mila dollari.”',
    ],
    expect: [c('20mila dollari', 20000)],
  },
];
