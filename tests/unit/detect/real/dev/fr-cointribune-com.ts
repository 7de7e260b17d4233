import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cointribune.com/les-etf-solana-explosent-pendant-que-le-bitcoin-seffondre',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Les ETF Solana explosent pendant que le Bitcoin s’effondre',
    blocks: [
      'Les ETF Solana explosent pendant que le Bitcoin s’effondre',
      'Le trimestre démarre dans la tempête. Tandis que le bitcoin vacille sous des sorties massives de capitaux, Solana attire un afflux institutionnel inédit.',
      'En bref',
      'Solana enregistre près de 199 millions de dollars d’entrées alors que les ETF Bitcoin subissent d’importantes sorties',
      'Malgré cet engouement, la performance et la liquidité de Solana restent loin derrière celles du Bitcoin',
      {
        text: 'D’un côté, le bitcoin, longtemps intouchable, voit ses ETF perdre près de 799 millions de dollars en une semaine, alors même que sa capitalisation a gagné plus de 8 milliards de dollars sur la période. De l’autre, Solana attire plus de 199 millions de dollars d’entrées en quatre jours seulement.',
        heading: 'Un basculement discret mais spectaculaire',
      },
      {
        text: 'Bitwise et Grayscale, avec leurs produits BSOL et GSOL, ont ouvert la voie. Bitwise revendique même 417 millions de dollars d’afflux hebdomadaires, plus que tous les autres ETP crypto réunis.',
        heading: 'Un basculement discret mais spectaculaire',
      },
    ],
    expect: [
      o('199 millions de dollars', 199e6),
      o('799 millions de dollars', 799e6),
      o('8 milliards de dollars', 8e9),
      o('199 millions de dollars', 199e6),
      o('417 millions de dollars', 417e6),
    ],
  },
];
