import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitvavotips.nl/?p=2661',
    lang: 'nl',
    tags: ['prose'],
    title: 'Crypto opgeven in box 3',
    blocks: [
      {
        text: 'De Belastingdienst ziet crypto als ‘overige bezittingen’ in box 3. Voor de aangifte over 2024 geef je de waarde van je Bitcoin op zoals die was op 1 januari 2024 om 00:00 uur.',
        heading: 'Cryptovaluta in box 3',
      },
      {
        text: 'In 2024 geldt een heffingsvrij vermogen van €57.000 per persoon. Met een fiscale partner is dit samen €114.000. Komt je totale vermogen in box 3 daarboven, dan betaal je belasting over het meerdere.',
        heading: 'Heffingsvrij vermogen',
      },
    ],
    expect: [o('€57.000', 57000, 'EUR'), o('€114.000', 114000, 'EUR')],
  },
];
