import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinkoers.org/artikelen/1677-de-aankomende-bitcoin-halving-in-april-2024-voorspellingen-en-analyses',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'De Aankomende Bitcoin Halving in April 2024: Voorspellingen en Analyses',
    blocks: [
      {
        text: 'De eerste Bitcoin halving vond plaats op 28 november 2012. Vlak daarvoor werd een Bitcoin verhandeld voor ongeveer $12.25. Binnen een jaar na de halving steeg de prijs tot ongeveer $1.038, een stijging van meer dan 8.000%.',
        heading: 'De Eerste Halving (2012)',
      },
    ],
    expect: [p('$12.25', 12.25), p('$1.038', 1038)],
  },
];
