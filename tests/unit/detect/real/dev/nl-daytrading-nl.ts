import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.daytrading.nl/bitcoin-halvering-om-deze-reden-kan-bitcoin-55-000-waard-worden-in-2020/?print=print',
    lang: 'nl',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin-halvering: om deze reden kan Bitcoin $ 55.000 waard worden in 2020',
    blocks: [
      'Bitcoin-halvering: om deze reden kan Bitcoin $ 55.000 waard worden in 2020',
      'In mei 2020 werd een nieuwe mijlpaal bereikt in de cryptowereld. De productie van nieuwe bitcoins werd gehalveerd: er kwamen niet langer 1.800 bitcoin per dag bij, maar nog slechts 900.',
      'Solide en beproefde wiskundige modellen laten zien dat de prijs van Bitcoin in 2020-2021 door het beperkte aanbod tot boven $ 55.000 kan stijgen. Het gaat om modellen die de prijs tot nu toe met verbluffende nauwkeurigheid hebben voorspeld. Hieronder leest u waarom de prijs binnenkort $ 55.000 kan bereiken, hoe waarschijnlijk dat is en wat de argumenten voor en tegen zijn.',
    ],
    expect: [p('$ 55.000', 55000), p('$ 55.000', 55000), p('$ 55.000', 55000)],
  },
];
