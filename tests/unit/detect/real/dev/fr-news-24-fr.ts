import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news-24.fr/le-prix-du-bitcoin-btc-baisse-alors-que-les-etats-unis-saisissent-la-plupart-des-rancons-coloniales/',
    lang: 'fr',
    tags: ['anaphora', 'prose'],
    title: 'Le prix du Bitcoin (BTC) baisse alors que les États-Unis saisissent la plupart des rançons',
    blocks: [
      "D'après Coin Metrics, la plus grande crypto-monnaie du monde cédait plus de 7 % à 5 h HE, à 32 952 $. Les autres jetons reculaient aussi, l'éther perdant 7 % à 2 524 $.",
      'En avril, le bitcoin avait franchi pour la première fois les 60 000 $. Il est tombé le mois dernier près de 30 000 $ et reste en retrait de près de 50 % sur son record.',
    ],
    expect: [p('32 952 $', 32952), o('2 524 $', 2524), p('60 000 $', 60000), p('30 000 $', 30000)],
  },
  {
    url: 'https://news-24.fr/bitcoin-atteint-un-nouveau-record-avant-les-debuts-de-coinbase-en-bourse/',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Bitcoin atteint un nouveau record avant les débuts de Coinbase en bourse',
    blocks: [
      "Le Bitcoin a signé mardi un nouveau record à plus de 63 000 $ (plus de 52 000 €), à la veille de l'entrée en bourse de Coinbase.",
    ],
    expect: [p('63 000 $', 63000), p('52 000 €', 52000, 'EUR')],
  },
];
