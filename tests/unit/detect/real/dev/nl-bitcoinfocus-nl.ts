import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinfocus.nl/2022/06/23/bitcoin-focus-stay-humble/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Bitcoin Focus: stay humble',
    blocks: [
      {
        heading: 'Koersdalingen en sparen',
        text: 'Een rekenvoorbeeld, voor het gemak in dollars omdat de bitcoin prijs wereldwijd in dollar wordt uitgedrukt.',
      },
      {
        heading: 'Koersdalingen en sparen',
        text: 'Een trouwe bitcoin spaarder staat er met een investering van $100 per maand een stuk beter voor dan de nieuwkomers.',
      },
    ],
    expect: [o('$100', 100)],
  },
];
