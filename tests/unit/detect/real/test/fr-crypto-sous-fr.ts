import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crypto-sous.fr/bitcoin/acheter-bitcoin/cours-bitcoin',
    lang: 'fr',
    tags: ['prose', 'label-value', 'format'],
    title: 'Cours du Bitcoin',
    blocks: [
      'Depuis plusieurs mois, le cours du Bitcoin évolue entre 60 000 et 75 000 EUR. Le 15 janvier 2025, il se tasse vers 70 000 EUR après un recul de 0,5 % sur 24 heures. Sa capitalisation franchit les 1 400 milliards de dollars.',
      'Au 15 janvier 2025, le Bitcoin affiche :',
      'Prix spot : 70 105 USD (environ 65 000 EUR au taux de change actuel)',
      'Capitalisation boursière : 1 401 milliards USD',
      'Volume 24h : 52 milliards USD',
      'Offre en circulation : 19,99 millions BTC sur 21 millions maximum',
    ],
    expect: [
      p('60 000', 60000, 'EUR'),
      p('75 000 EUR', 75000, 'EUR'),
      p('70 000 EUR', 70000, 'EUR'),
      o('1 400 milliards de dollars', 1.4e12),
      p('70 105 USD', 70105),
      p('65 000 EUR', 65000, 'EUR'),
      o('1 401 milliards USD', 1.401e12),
      o('52 milliards USD', 52e9),
    ],
  },
];
