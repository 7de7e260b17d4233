import { o, p, type RealCase } from '../labels';

// French first-person testimony: sums lost and invested in euros, Bitcoin's 2017 run in dollars.
export const cases: RealCase[] = [
  {
    url: 'https://www.vice.com/fr/article/jai-perdu-plus-dun-demi-million-deuros-en-investissant-dans-le-bitcoin/',
    lang: 'fr',
    tags: ['prose', 'forum', 'anaphora'],
    title: "J'ai perdu plus d'un demi-million d'euros en investissant dans le bitcoin",
    blocks: [
      'Je ne pensais pas être le genre de personne accro aux jeux d’argent, mais je me suis laissé entraîner bien au-delà de ce que j’avais imaginé. À un moment donné, j’ai perdu l’équivalent de 573 000 euros en bitcoins, après avoir investi dans différentes cryptomonnaies pour tenter de récupérer mes pertes.',
      'En 2017, le bitcoin était partout. Les grands journaux publiaient des articles affirmant que tout le monde s’enrichissait grâce à lui. En moins d’un an, sa valeur a grimpé en flèche, passant de moins de 1 000 dollars en janvier à environ 20 000 dollars à la fin de l’année.',
      'Je voulais en être, alors, en décembre 2017, j’ai commencé à acheter des bitcoins et d’autres cryptomonnaies. L’investissement initial était d’environ 40 000 euros. Il s’agissait de toutes mes économies.',
      'Mais après le pic de 2017, le prix du bitcoin s’est cassé la gueule. Une chute libre qui lui aura fait perdre 90 % de sa valeur en 2018.',
    ],
    expect: [
      o('573 000 euros', 573000, 'EUR'),
      p('1 000 dollars', 1000),
      p('20 000 dollars', 20000),
      o('40 000 euros', 40000, 'EUR'),
    ],
  },
];
