import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://generallink.top/fr/square/post/32571445730130',
    lang: 'fr',
    tags: ['forum', 'format'],
    blocks: [
      'EXPLICATION DU FLUX DE TRÉSORERIE DES ETF :',
      'Quand Farside affiche un flux ETF négatif (-) 254 millions de dollars, cela veut dire que des Participants Autorisés ont racheté des parts auprès de BlackRock, pas que 254 millions de dollars de Bitcoin ont été vendus ce jour-là.',
    ],
    expect: [o('254 millions de dollars', 254e6), o('254 millions de dollars', 254e6)],
  },
  {
    url: 'https://generallink.top/fr/square/post/34947826634922',
    lang: 'fr',
    tags: ['forum', 'label-value'],
    title: 'LE BITCOIN VA-T-IL DÉPASSER 100 000 $ EN 2026 ?',
    blocks: [
      'LE BITCOIN VA-T-IL DÉPASSER 100 000 $ EN 2026 ?',
      "Début 2026, le Bitcoin flotte autour des 90 000 $. Après un record d'environ 126 000 $ fin 2025, le marché consolide.",
      { text: 'Objectif : 150 000 $ à 220 000 $', heading: '1. Perspective optimiste (probabilité élevée)' },
      { text: 'Objectif : 110 000 $ à 140 000 $', heading: '2. Scénario de base (croissance régulière)' },
      { text: 'Objectif : 75 000 $ à 85 000 $', heading: '3. Perspective pessimiste (correction du marché)' },
    ],
    expect: [
      p('100 000 $', 100000),
      p('90 000 $', 90000),
      p('126 000 $', 126000),
      p('150 000 $', 150000),
      p('220 000 $', 220000),
      p('110 000 $', 110000),
      p('140 000 $', 140000),
      p('75 000 $', 75000),
      p('85 000 $', 85000),
    ],
  },
];
