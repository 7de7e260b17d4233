import { o, p, type RealCase } from '../labels';

const url = 'https://www.surf-finance.com/salvador-ajoute-500-bitcoins.html';
const title = 'Le Salvador ajoute 500 bitcoins à ses réserves';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Selon un tweet du président Nayib Bukele du lundi 9 mai, le Salvador vient d’acheter 500 BTC au prix moyen de 30 744 $. Le prix d’achat total de 15,3 millions de dollars s’ajoute aux réserves du pays, qui comptent désormais 2301 BTC, soit actuellement 72,5 millions de dollars.',
    ],
    expect: [
      p('30 744 $', 30744),
      o('15,3 millions de dollars', 15.3e6),
      o('72,5 millions de dollars', 72.5e6),
    ],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Un achat supplémentaire de 15 millions de dollars',
      'Alors que le marché chute, le Bitcoin plongeant même un moment sous la barre des 30 000 $, Bukele n’a pas changé de stratégie. Au prix actuel de 31 500 dollars par bitcoin, la réserve représente 72,5 millions de dollars.',
    ],
    expect: [
      o('15 millions de dollars', 15e6),
      p('30 000 $', 30000),
      p('31 500 dollars', 31500),
      o('72,5 millions de dollars', 72.5e6),
    ],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose'],
    title,
    blocks: [
      'Un achat au meilleur prix',
      'Le 7 septembre 2021, le Salvador a acheté 400 bitcoins, la crypto-monnaie valant alors 52 300 $.',
    ],
    expect: [p('52 300 $', 52300)],
  },
];
