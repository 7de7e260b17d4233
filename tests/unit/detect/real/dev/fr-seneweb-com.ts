import { o, type RealCase } from '../labels';

// French-language portal republishing testimonies of small holders: a 50-euro purchase, a gain in words.
export const cases: RealCase[] = [
  {
    url: 'https://www.seneweb.com/news/Economie/les-laquo-heureux-du-bitcoin-raquo-qui-s_n_341704.html',
    lang: 'fr',
    tags: ['forum', 'prose'],
    title: 'Les «heureux du bitcoin»: qui sont les particuliers détenteurs de crypto-monnaies?',
    blocks: [
      'Mais d’autres utilisateurs arrivent au bitcoin presque par hasard. Hervé, 58 ans, explique ainsi avoir acheté pour 50 euros de bitcoin en 2018, afin de « voir comment cela fonctionnait ». Il « s’amuse à spéculer » quelque temps, puis finit par tout vendre avec une plus-value d’une centaine d’euros. « Il y a un côté qui me gêne, comme la bourse, confie-t-il. Cet argent, je ne l’ai pas gagné et je ne l’ai pas mérité. »',
    ],
    expect: [o('50 euros', 50, 'EUR')],
  },
];
