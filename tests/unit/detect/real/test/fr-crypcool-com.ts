import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypcool.com/?p=5135',
    lang: 'fr',
    tags: ['format', 'prose'],
    title: 'Bitcoin et or : que vaut vraiment la comparaison ?',
    blocks: [
      {
        text: "Depuis deux ans, l'or aligne des prix historiquement élevés (plusieurs pics au-dessus de 4 000 $/oz à l'automne 2025), selon les synthèses du World Gold Council.",
        heading: 'Un contexte où les « réserves » indépendantes gagnent du terrain',
      },
    ],
    expect: [o('4 000 $/oz', 4000)],
  },
];
