import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sepoy.net/bitcoin-quel-est-le-cout-de-lelectricite-pour-miner-1-btc-a-la-maison',
    lang: 'fr',
    tags: ['cost', 'prose', 'format'],
    title: "Bitcoin : quel est le coût de l'électricité pour miner 1 BTC à la maison ?",
    blocks: [
      "Dans sa dernière étude, CoinGecko a chiffré le coût en électricité du minage d'un bitcoin (BTC), avec des écarts considérables d'un pays à l'autre.",
      'CoinGecko étudie le coût du minage de Bitcoin par pays',
      "Comme le montre la carte ci-dessous, l'écart est immense : de 266 dollars d'électricité au Liban à plus de 208 000 dollars en Italie :",
      "Le prix en France n'apparaît pas dans l'étude. En prenant un kilowattheure (kWh) moyen à 0,2276 euro en 2023, multiplié par les 266 000 kWh estimés, on obtiendrait 60 541,6 euros pour 1 BTC. Au taux de change actuel, cela représente 65 828 dollars.",
      'Hors pays où le minage est interdit, on remarque le Bhoutan en 10e position avec 4 256,33 dollars par BTC.',
    ],
    expect: [
      c('266 dollars', 266),
      c('208 000 dollars', 208000),
      o('0,2276 euro', 0.2276, 'EUR'),
      c('60 541,6 euros', 60541.6, 'EUR'),
      c('65 828 dollars', 65828),
      c('4 256,33 dollars', 4256.33),
    ],
  },
];
