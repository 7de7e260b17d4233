import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinnewscrypto.com/fr/?p=712',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Bitcoin (BTC) refait la une : il a passé lundi matin en Europe la barre des 65 000 dollars, tout près de son record de 69 000 dollars de novembre 2021. Dans la zone euro, il a touché environ 61 000 €, un nouveau sommet face à plusieurs devises locales.',
      "Selon Coinglass, l'intérêt ouvert a atteint un record de 27 milliards de dollars, et la capitalisation totale des crypto-monnaies a dépassé les 2 800 milliards de dollars. Plus de 60 millions de dollars de positions courtes ont été liquidées la veille.",
    ],
    expect: [
      p('65 000 dollars', 65000),
      p('69 000 dollars', 69000),
      p('61 000 €', 61000, 'EUR'),
      o('27 milliards de dollars', 27e9),
      o('2 800 milliards de dollars', 2.8e12),
      o('60 millions de dollars', 60e6),
    ],
  },
];
