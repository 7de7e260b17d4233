import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dev.coindesk.com/fr/markets/2013/11/29/one-bitcoin-was-worth-more-than-an-ounce-of-gold-today',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: "Un Bitcoin valait plus qu'une once d'or aujourd'hui",
    blocks: [
      "Un Bitcoin valait plus qu'une once d'or aujourd'hui",
      "Le cours a reculé depuis : à l'heure où nous écrivons, il se traite à 1 146 $ sur Gox, sous le prix au comptant de l'or de 1 246 $ l'once.",
      "Le prix de la pièce, passé au-dessus des 1 000 dollars il y a quelques jours à peine, a vite rattrapé celui de l'or. Il a culminé aujourd'hui à 1 242 dollars sur Mt. Gox, au-delà des 1 241,98 dollars de l'or à ce moment-là.",
      "« Il a passé les 500 dollars, puis les 1 000 dollars, et maintenant il dépasse l'or », relève Anthony Di Iorio.",
    ],
    expect: [
      p('1 146 $', 1146),
      o('1 246 $', 1246),
      p('1 000 dollars', 1000),
      p('1 242 dollars', 1242),
      o('1 241,98 dollars', 1241.98),
      p('500 dollars', 500),
      p('1 000 dollars', 1000),
    ],
  },
];
