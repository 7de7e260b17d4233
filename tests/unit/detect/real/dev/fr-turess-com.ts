import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.turess.com/fr/numerique/966835',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Le bitcoin franchit le seuil des 100 000 dollars',
    blocks: [
      "Le bitcoin, la première et la plus célèbre des cryptomonnaies, a franchi pour la première fois ce jeudi le seuil symbolique des 100 000 dollars. En hausse de plus de 5 % dans les échanges asiatiques du matin, il s'est échangé à un niveau record de 102 888 dollars.",
      "Depuis le début de l'année, le bitcoin a gagné 134 %, après être tombé à moins de 17 000 dollars à la suite de l'effondrement de FTX en 2022.",
    ],
    expect: [p('100 000 dollars', 100000), p('102 888 dollars', 102888), p('17 000 dollars', 17000)],
  },
];
