import { o, type RealCase } from '../labels';

const url = 'https://nexmine.de/blog/ab-welchem-strompreis-lohnt-sich-bitcoin-mining';
const title = 'Ab welchem Strompreis lohnt sich Bitcoin Mining?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Die realistische Grenze inklusive Amortisation',
      'Rechnet man die Amortisation der ASIC-Miner über etwa drei Jahre ein, lohnt sich Bitcoin Mining unter realen Bedingungen ab einem Strompreis von ungefähr sieben bis acht Cent pro Kilowattstunde. In sehr guten Setups kann Mining auch noch bei rund neun Cent pro Kilowattstunde tragfähig bleiben.',
    ],
    expect: [o('sieben', 0.07, 'EUR'), o('acht Cent', 0.08, 'EUR'), o('neun Cent', 0.09, 'EUR')],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Fazit: Mit Amortisation wird Mining erst unter acht bis neun Cent rentabel',
      'Der sinnvolle Strompreisbereich für profitables Bitcoin Mining liegt bei sieben bis acht Cent pro Kilowattstunde, in sehr guten Konstellationen bei maximal neun Cent.',
    ],
    expect: [
      o('acht', 0.08, 'EUR'),
      o('neun Cent', 0.09, 'EUR'),
      o('sieben', 0.07, 'EUR'),
      o('acht Cent', 0.08, 'EUR'),
      o('neun Cent', 0.09, 'EUR'),
    ],
  },
];
