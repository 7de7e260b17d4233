import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://droitdunet.fr/bitcoin/',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin : historique du cours',
    blocks: [
      "Le 22 mai 2010, le BTC obtient son premier prix réel : un développeur propose sur bitcointalk d'acheter deux pizzas valant 25 dollars US contre 10 000 bitcoins, soit l'équivalent de 380 millions de dollars au cours actuel.",
      {
        text: "En janvier 2013, le cours du bitcoin grimpe d'à peine 10 euros un bitcoin à 198 euros (EUR) début avril, puis chute de 80 %. Le doyen des cryptos remonte ensuite jusqu'à 880 euros avant de finir l'année à 500 euros.",
        heading: 'Cours (en euro) du bitcoin en 2013',
      },
      {
        text: 'Année noire : son cours glisse de 500 euros en janvier à 300 euros fin décembre, après la faillite de Mt Gox.',
        heading: 'Cours (en euro) du bitcoin en 2014',
      },
    ],
    expect: [
      o('25 dollars US', 25),
      o('380 millions de dollars', 380e6),
      p('10 euros', 10, 'EUR'),
      p('198 euros', 198, 'EUR'),
      p('880 euros', 880, 'EUR'),
      p('500 euros', 500, 'EUR'),
      p('500 euros', 500, 'EUR'),
      p('300 euros', 300, 'EUR'),
    ],
  },
];
