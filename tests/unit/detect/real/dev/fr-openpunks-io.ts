import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://openpunks.io/fr/post/status/16123063',
    lang: 'fr',
    tags: ['cost', 'label-value', 'forum'],
    title: 'Combien coûte la production d’un Bitcoin ?',
    blocks: [
      "Vous vous demandez ce que coûte la fabrication d'un seul Bitcoin ? La réponse risque de vous surprendre.",
      { text: "Coûts d'exploitation seuls : Environ 49 500 $ par BTC", heading: 'Le prix du minage' },
      {
        text: 'Coûts totaux (avec dépréciation, amortissement du matériel, etc.) : Jusqu’à 96 100 $ par BTC',
        heading: 'Le prix du minage',
      },
      "L'électricité pèse le plus. Une machine de 1 350 W avale environ 24 kWh par jour ; à 0,08 $/kWh, comptez environ $60 par mois rien qu'en courant. Les machines de 1T de hachage coûtent 120 à 140 $ à fabriquer.",
      {
        text: 'Avec un BTC autour de 100 000 $, le rapport coût de production/prix devient dangereusement serré.',
        heading: 'Les maths qui dérangent',
      },
    ],
    expect: [
      c('49 500 $', 49500),
      c('96 100 $', 96100),
      o('0,08 $/kWh', 0.08),
      o('$60', 60),
      o('120', 120),
      o('140 $', 140),
      p('100 000 $', 100000),
    ],
  },
];
