import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fr.cryptonews.com/news/miner-1-bitcoin-liban-783x-moins-cher-quen-italie.htm',
    lang: 'fr',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Miner 1 Bitcoin au Liban est 783x moins cher qu’en Italie',
    blocks: [
      'Miner 1 Bitcoin au Liban est 783x moins cher qu’en Italie',
      'Entre une électricité plus chère et des cryptos en recul, miner devient une activité de moins en moins rentable. Le rapport publié le 17 août par CoinGecko ne rassurera pas les Européens tentés de s’y (re)mettre : seuls 65 pays restent rentables pour un mineur de bitcoins en solo, dont 5 européens seulement.',
      {
        text: 'Le classement de CoinGecko repose sur le coût de l’électricité des ménages, qui représente la totalité des frais du minage d’un bitcoin. La moyenne mondiale tourne autour de 46 200 dollars par unité, bien au-dessus des cours actuels du BTC. C’est au Liban que miner un bitcoin revient le moins cher : cela coûte exactement 266 dollars. Même avec un BTC qui stagne au-dessus des 24 000 dollars, l’affaire reste belle.',
        heading: 'L’Asie en force, l’Europe loin derrière',
      },
      {
        text: 'En deuxième place vient l’Iran, avec un coût de production de 532 dollars par bitcoin. Le pays a légalisé le minage en 2019 mais a depuis interdit de nombreuses opérations ; environ 150 000 machines avaient été saisies en janvier 2023.',
        heading: 'L’Asie en force, l’Europe loin derrière',
      },
    ],
    expect: [
      c('46 200 dollars', 46200),
      c('266 dollars', 266),
      p('24 000 dollars', 24000),
      c('532 dollars', 532),
    ],
  },
];
