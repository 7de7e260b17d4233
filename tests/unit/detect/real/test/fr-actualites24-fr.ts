import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.actualites24.fr/synthese/les-crypto/38604/3',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Les crypto : synthèse',
    blocks: [
      'Cette dynamique, ajoutée à une activité record sur les dérivés, fait de SOL un concurrent de plus en plus sérieux.',
      'La semaine a opposé nettement les deux cryptomonnaies. Les ETF Bitcoin ont subi des sorties de capitaux de 946 millions de dollars en une semaine, quand les ETF Solana ont attiré près de 200 millions de dollars en quatre jours seulement.',
      "Sur le CME, l'intérêt ouvert des contrats à terme sur Solana a franchi les 3 milliards de dollars, un niveau jusque-là réservé à Bitcoin et Ethereum. Forward Industries, qui gère une trésorerie en Solana, a en outre annoncé un programme de rachat d'actions d'un milliard de dollars.",
    ],
    expect: [
      o('946 millions de dollars', 946e6),
      o('200 millions de dollars', 200e6),
      o('3 milliards de dollars', 3e9),
      o('un milliard de dollars', 1e9),
    ],
  },
];
