import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gate.tv/fr/post/status/17713152',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Les mineurs de Bitcoin face à une fracture économique',
    blocks: [
      'Le cours actuel du bitcoin, qui tutoie les $92K après avoir un peu rebondi depuis les creux de décembre, dévoile une dure réalité pour le secteur minier.',
      {
        text: 'Chaque bloc rapporte 3,125 BTC, soit environ 450 BTC par jour. Sur un mois, les mineurs se partagent 13 500 BTC, valant environ 1,24 milliard de dollars au niveau de 92 160 $. Chaque térahash ne génère que 3,6 cents par jour pour sécuriser un réseau de 1,7 trillion de dollars.',
        heading: 'Le côté des revenus',
      },
      "Le revenu moyen sur 7 jours des mineurs s'est contracté de 35 % en deux mois, de $60 millions à $40 millions.",
    ],
    expect: [
      p('$92K', 92000),
      o('1,24 milliard de dollars', 1.24e9),
      p('92 160 $', 92160),
      o('3,6 cents', 0.036),
      o('1,7 trillion de dollars', 1.7e12),
      o('$60 millions', 60e6),
      o('$40 millions', 40e6),
    ],
  },
];
