import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.topbeleggingen.nl/2020/12/03/de-bitcoin-live-koers-zorgt-voor-nieuwe-hoogtepunten-binnen-de-cryptocurrency-handel/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'De Bitcoin live koers zorgt voor nieuwe hoogtepunten binnen de cryptocurrency handel',
    blocks: [
      {
        text: 'De Bitcoin Live koers staat op 30 november 2020 op €15.700,75. Deze waarde staat niet vast maar verandert op ieder moment, een groot verschil met de koers van gewoon geld zoals de euro.',
        heading: 'De Bitcoin live koers versus de euro koers',
      },
    ],
    expect: [p('€15.700,75', 15700.75, 'EUR')],
  },
];
