import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://courscryptomonnaies.com/bitcoin',
    lang: 'fr',
    tags: ['widget', 'label-value', 'format'],
    title: 'Bitcoin (BTC)',
    blocks: [
      'Bitcoin (BTC)',
      "3'087.22€",
      '2.69%',
      "Market cap53'777'269'726.38 €",
      "Volume (24h)3'919'596'366.59 €",
      "En circulation17'419'337 BTC",
      "Liquidité max.21'000'000 BTC",
      'Cours Bitcoin (BTC-EUR)',
      'Evénements Bitcoin',
      'Convertisseur EUR / BTC',
      'Actualités Bitcoin',
      {
        text: 'Eddie Hughes veut permettre le paiement des impôts en bitcoin au Royaume Uni',
        heading: 'Actualités Bitcoin',
      },
    ],
    expect: [
      p("3'087.22€", 3087.22, 'EUR'),
      o("53'777'269'726.38 €", 53777269726.38, 'EUR'),
      o("3'919'596'366.59 €", 3919596366.59, 'EUR'),
    ],
  },
];
