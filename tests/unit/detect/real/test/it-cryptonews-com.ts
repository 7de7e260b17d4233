import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://it.cryptonews.com/news/quanta-elettricita-serve-per-estrarre-1-bitcoin-da-casa.htm',
    lang: 'it',
    tags: ['cost', 'prose'],
    title: 'Quanta elettricità serve per estrarre 1 Bitcoin da casa?',
    blocks: [
      {
        text: 'In media, per estrarre 1 Bitcoin si spendono 46.291,24 dollari di elettricità.',
        heading: 'Quanto costa estrarre 1 Bitcoin?',
      },
      {
        text: 'È il 35% in più del prezzo medio giornaliero di 1 BTC a luglio 2023 (30.090,08 dollari).',
        heading: 'Quanto costa estrarre 1 Bitcoin?',
      },
      {
        text: "I costi energetici cambiano molto da regione a regione: l'Europa guida con una media di 85.767,84 dollari, l'Asia è la più economica con appena 20.635,62 dollari per minare un Bitcoin.",
        heading: 'Quanto costa estrarre 1 Bitcoin?',
      },
    ],
    expect: [
      c('46.291,24 dollari', 46291.24),
      p('30.090,08 dollari', 30090.08),
      c('85.767,84 dollari', 85767.84),
      c('20.635,62 dollari', 20635.62),
    ],
  },
];
