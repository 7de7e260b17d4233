import { p, type RealCase } from '../labels';

// A glued '63.000$' in the headline, then the same threshold spelled 'de dolari'.
export const cases: RealCase[] = [
  {
    url: 'https://www.gandul.ro/international/bitcoin-in-cadere-libera-cea-mai-puternica-criptomoneda-din-lume-s-a-prabusit-sub-63-000-pe-fondul-tensiunilor-geopolitice-20812278',
    lang: 'ro',
    tags: ['prose', 'format'],
    title:
      'Bitcoin, în cădere liberă. Cea mai puternică criptomonedă din lume s-a prăbușit sub 63.000$, pe fondul tensiunilor geopolitice',
    blocks: [
      'Bitcoin, în cădere liberă. Cea mai puternică criptomonedă din lume s-a prăbușit sub 63.000$, pe fondul tensiunilor geopolitice',
      'Bitcoin a scăzut marți cu peste 5%, coborând sub pragul de 63.000 de dolari, pe fondul tensiunilor geopolitice, al riscurilor legate de tarife și al apetitului mai mic al investitorilor pentru activele riscante.',
      'Bitcoin, cea mai importantă criptomonedă din lume, a ajuns marți la un minim de 62.964,64 dolari, scrie CNBC.com.',
      'Bitcoin se află pe un trend descendent pronunțat din octombrie anul trecut, când a depășit nivelul de 125.000 de dolari. Anul acesta a pierdut circa 27%.',
    ],
    expect: [
      p('63.000$', 63000),
      p('63.000 de dolari', 63000),
      p('62.964,64 dolari', 62964.64),
      p('125.000 de dolari', 125000),
    ],
  },
];
