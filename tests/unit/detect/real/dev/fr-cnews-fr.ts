import { o, p, type RealCase } from '../labels';

const url =
  'https://www.cnews.fr/vie-numerique/2021-03-12/bitcoin-que-pouvait-acheter-avec-cette-cryptomonnaie-entre-2009-et-2021';
const title = 'Bitcoin : que pouvait-on acheter avec cette cryptomonnaie entre 2009 et 2021 ?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      "Le bitcoin est devenu une véritable fabrique à millionnaires. Si vous aviez placé seulement 100 euros le 9 octobre 2009, vous auriez pu acquérir plus de 140.000 bitcoins. Aujourd'hui, ces mêmes 140.000 bitcoins valent 7 milliards d'euros, sur la base du cours actuel de la devise électronique, qui a dépassé les 50.000 dollars début mars.",
    ],
    expect: [o('100 euros', 100, 'EUR'), o("7 milliards d'euros", 7e9, 'EUR'), p('50.000 dollars', 50000)],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Car à ses débuts sur la blockchain, un bitcoin ne valait que 0,00071 euros. Une valeur dérisoire qui a permis aux premiers investisseurs de rafler de nombreux bitcoins.',
    ],
    expect: [p('0,00071 euros', 0.00071, 'EUR')],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'une feuille de papier en 2009',
      "Avec un bitcoin, vous pouviez donc vous offrir à peine une feuille de papier le 9 octobre 2009. Le cours a ensuite grimpé, modestement, mais assez pour qu'à la mi-avril 2011 ce même bitcoin vaille enfin un dollar.",
    ],
    expect: [p('un dollar', 1)],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Une pizza en 2011',
      "Le 30 mai 2011, un mois et demi seulement après avoir passé le dollar, le cours du bitcoin dépassait les 12 dollars, d'après l'historique publié par BuyBitcoinWorldwide. De quoi s'offrir une bonne pizza.",
      'des consoles PS4 et Xbox One en 2013',
      "Si l'année 2012 a vu son cours repasser sous la barre des 5 dollars, une nouvelle flambée allait suivre au début de l'année suivante.",
    ],
    expect: [p('12 dollars', 12), p('5 dollars', 5)],
  },
  {
    url: 'https://www.cnews.fr/monde/2024-12-05/cryptomonnaies-le-bitcoin-franchit-pour-la-premiere-fois-la-barre-des-100000',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cryptomonnaies : le bitcoin franchit pour la première fois la barre des 100.000 dollars',
    blocks: [
      "Le bitcoin a franchi ce jeudi 5 décembre, pour la toute première fois, la barre des 100.000 dollars, un mois après l'élection de Donald Trump. Très tôt ce matin (3h06 GMT), il s'échangeait précisément à 103.800,44 dollars, un nouveau record.",
      "Le bitcoin, qui oscillait autour de 69.000 dollars le 5 novembre, jour de l'élection, a depuis gonflé de plus de 46%.",
    ],
    expect: [p('100.000 dollars', 100000), p('103.800,44 dollars', 103800.44), p('69.000 dollars', 69000)],
  },
];
