import { o, p, type RealCase } from '../labels';

// generationfinance.fr: 2030 outlook explainer; one level ("les 100 000 dollars") and a market cap total
// in "milliards de dollars", in the same paragraph, space-grouped.
const url = 'https://generationfinance.fr/previsions-de-valeur-pour-le-bitcoin-en-2030-analyse-et-tendances';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose'],
    title: 'Prévisions de valeur pour le bitcoin en 2030 : analyse et tendances',
    blocks: [
      {
        text: 'Où en est le bitcoin aujourd’hui et quelles dynamiques façonnent son évolution ?',
        heading: 'Où en est le bitcoin aujourd’hui',
      },
      'En 2024-2025, le bitcoin atteint les 100 000 dollars et franchit un cap psychologique fort. Sa capitalisation boursière dépasse alors 2 000 milliards de dollars, ce qui le place au centre du marché des cryptomonnaies.',
    ],
    expect: [p('100 000 dollars', 100000), o('2 000 milliards de dollars', 2e12)],
  },
];
