import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blocktrainer.de/blog/neues-allzeithoch-bei-bitcoin-hashrate',
    lang: 'de',
    tags: ['cost', 'format'],
    title: 'Neues Allzeithoch bei Bitcoin-Hashrate',
    blocks: [
      'Für die Mining-Unternehmen bedeutete das Halving einen sofortigen Einbruch der Einnahmen und höhere Produktionskosten pro Bitcoin. Während die täglichen Einnahmen nach dem Halving von 79 auf 29 Millionen US-Dollar sanken, kletterten die durchschnittlichen Produktionskosten von circa 46.000 US-Dollar zeitweise auf mehr als 94.000 US-Dollar.',
    ],
    expect: [
      o('79', 79e6),
      o('29 Millionen US-Dollar', 29e6),
      c('46.000 US-Dollar', 46000),
      c('94.000 US-Dollar', 94000),
    ],
  },
];
