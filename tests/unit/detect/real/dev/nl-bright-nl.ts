import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bright.nl/nieuws/1084968/bitcoin-pizzas-uit-2010-nu-miljoenen-waard.html',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: "Bitcoin-pizza's uit 2010 nu miljoenen waard",
    blocks: [
      "Bitcoin-pizza's uit 2010 nu miljoenen waard",
      "In 2010 betaalde Lazlo Hanyec tienduizend Bitcoins voor een paar pizza's. Een Twitterbot houdt bij hoeveel die pizza's nu waard zijn.",
      "Sindsdien is de Bitcoin enorm in waarde gestegen. De Twitterbot Bitcoin Pizza van de Nederlander Merijn Bellekom rekent elke dag uit hoeveel de tienduizend Bitcoins van Hanyec nu waard zijn. Eerder vandaag stond de teller op 11.275.350 dollar. Genoeg om een flink aantal pizzeria's over te nemen.",
      'De waarde van de Bitcoin kwam deze week voor het eerst in meer dan drie jaar weer boven de duizend dollar. Vandaag daalt de munt weer hard. Op het moment van schrijven is de virtuele munt nog 887 dollar waard, ruim 250 dollar onder de hoogste dagkoers van 1153 dollar.',
    ],
    expect: [
      o('11.275.350 dollar', 11275350),
      p('duizend dollar', 1000),
      p('887 dollar', 887),
      o('250 dollar', 250),
      p('1153 dollar', 1153),
    ],
  },
];
