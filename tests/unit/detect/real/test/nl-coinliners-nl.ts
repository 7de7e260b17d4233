import { p, type RealCase } from '../labels';

// Dutch crypto news on an analyst's view: a support band "tussen de $55.500 en $56.200" (both ends) and
// levels written with both sign and word ("$59.100 dollar").
export const cases: RealCase[] = [
  {
    url: 'https://coinliners.nl/nieuws/bitcoin/benjamin-cowen-voorspelt-verdere-bitcoin-dalingen-ondanks-huidige-prijsdalingen/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Benjamin Cowen voorspelt verdere Bitcoin dalingen ondanks huidige prijsdalingen',
    blocks: [
      'Analist Benjamin Cowen maakt zich zorgen over de verdere koers van Bitcoin (BTC): ook na de stevige dalingen van de laatste weken kan er volgens hem nog meer tegenwind komen.',
      {
        text: 'Cowen let vooral op het 100-daagse voortschrijdend gemiddelde, dat vaak als steun werkte. Zakt de koers daaronder, dan ligt de volgende steun in de bull market support band tussen de $55.500 en $56.200.',
        heading: 'Cruciale indicator voor de Bitcoin koers',
      },
      {
        text: 'Bitcoin noteert op het moment van schrijven rond de $59.100 dollar, zo’n 22% onder de recordhoogte van $73.800 dollar van 14 maart.',
        heading: 'Actuele stand en toekomstverwachtingen van Bitcoin',
      },
    ],
    expect: [
      p('$55.500', 55500),
      p('$56.200', 56200),
      p('$59.100 dollar', 59100),
      p('$73.800 dollar', 73800),
    ],
  },
];
