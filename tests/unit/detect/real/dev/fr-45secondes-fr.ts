import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://45secondes.fr/bitcoin-seffondre-apres-avoir-atteint-40000-e-en-quelques-semaines/',
    lang: 'fr',
    tags: ['anaphora', 'format'],
    title: 'Bitcoin s’effondre après avoir atteint 40000 € en quelques semaines',
    blocks: [
      {
        text: "Partie de 7200 dollars en début d'année, la crypto-monnaie avait atteint 10000 dollars avant l'été. Mais c'est depuis octobre que la courbe est devenue presque verticale : en un mois, elle a doublé pour toucher 20 000 dollars, puis a encore doublé en trente jours pour passer 40 000 € le 7 janvier.",
        heading: 'L’or 2020',
      },
      {
        text: "À 29270 €, Bitcoin vaut encore aujourd'hui ce qu'il valait fin décembre, mais les épargnants ne le voient plus du même œil.",
        heading: 'Turbulent début 2021',
      },
    ],
    expect: [
      p('7200 dollars', 7200),
      p('10000 dollars', 10000),
      p('20 000 dollars', 20000),
      p('40 000 €', 40000, 'EUR'),
      p('29270 €', 29270, 'EUR'),
    ],
  },
];
