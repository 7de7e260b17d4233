import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ilsussidiario.net/news/pizze-pagate-10-000-bitcoin-nel-2010-oggi-valgono-un-mld-di-dollari-lerrore-piu-grande-di-sempre/2812428/',
    lang: 'it',
    tags: ['prose', 'format'],
    title:
      "Pizze pagate 10.000 Bitcoin nel 2010, oggi valgono un mld di dollari: l'errore più grande di sempre",
    blocks: [
      "Il 22 maggio 2010 due pizze grandi di Papa John's furono pagate 10.000 Bitcoin. Allora le criptovalute valevano ben poco: 10.000 Bitcoin corrispondevano ad appena 41 dollari.",
      "Quasi 15 anni dopo, un Bitcoin vale circa 96mila dollari, e quelle due pizze sarebbero costate l'equivalente di quasi un miliardo di dollari.",
    ],
    expect: [o('41 dollari', 41), p('96mila dollari', 96000), o('un miliardo di dollari', 1e9)],
  },
];
