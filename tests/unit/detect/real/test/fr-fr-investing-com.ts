import { p, type RealCase } from '../labels';

// French edition of a markets portal, technical note (2019): unspaced "7900$"-style levels for a
// high, a low, supports, moving averages and a psychological threshold.
export const cases: RealCase[] = [
  {
    url: 'https://fr.investing.com/news/cryptocurrency-news/analyse-technique-bitcoin--plusieurs-signaux-de-vente-au-cours-du-weekend-1926656',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Analyse technique Bitcoin : plusieurs signaux de vente au cours du weekend',
    blocks: [
      'Après avoir grimpé jusqu’à un sommet juste au-dessus de 7900$ vendredi, le Bitcoin a corrigé tout le weekend jusqu’à un creux à 7210$ ce lundi matin, soit une chute d’environ 9%.',
      'Le Bitcoin (BTC/USD) évoluait dans un canal haussier depuis le creux du 25 novembre à 6620$, et la chute de ce matin a cassé le bas du canal.',
      'Le seuil psychologique de 7000$ sera le premier support à surveiller, avant 6875$, puis le creux du 25 novembre à 6620$.',
      'À la hausse, les moyennes mobiles 200 et 100 heures, à 7370$ et 7555$, seront les premiers obstacles, avant le seuil psychologique de 8000$.',
    ],
    expect: [
      p('7900$', 7900),
      p('7210$', 7210),
      p('6620$', 6620),
      p('7000$', 7000),
      p('6875$', 6875),
      p('6620$', 6620),
      p('7370$', 7370),
      p('7555$', 7555),
      p('8000$', 8000),
    ],
  },
];
