import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://m.ru24.net/foreign/393565546',
    lang: 'fr',
    tags: ['prose'],
    title: 'Le bitcoin franchit les 100 000 dollars',
    blocks: [
      "Jeudi dernier, le bitcoin a passé la barre très symbolique des 100 000 dollars l’unité, un mois jour pour jour après l'élection de Donald Trump, devenu en quelques années le meilleur allié de la plus puissante des cryptomonnaies.",
    ],
    expect: [p('100 000 dollars', 100000)],
  },
];
