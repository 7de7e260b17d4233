import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://info.skat.dk/data.aspx?oid=2459836&vid=0',
    lang: 'da',
    tags: ['prose', 'format'],
    title: 'SKM2025.634.SR',
    blocks: [
      {
        heading: 'Beskrivelse af de faktiske forhold',
        text: 'Spørger erhvervede den 8. juni 2011 13,52 bitcoins mod betaling af 200 €, svarende til 1.508,56 kr. Det samlede beløb, der blev hævet samme dag, udgjorde 1.528,56 kr., men differencen på 20 kr. var et gebyr til banken. Derudover erhvervede Spørger 56,48 bitcoins i august 2011 mod betaling af 6.000 kr.',
      },
    ],
    expect: [
      o('200 €', 200, 'EUR'),
      o('1.508,56 kr', 1508.56, 'DKK'),
      o('1.528,56 kr.', 1528.56, 'DKK'),
      o('20 kr.', 20, 'DKK'),
      o('6.000 kr', 6000, 'DKK'),
    ],
  },
];
