import { o, p, type RealCase } from '../labels';

const url = 'https://www.bitned.nl/bitcoin-en-belasting/';
const title = 'Bitcoin en belasting';

export const cases: RealCase[] = [
  {
    url,
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'Hoeveel is een bitcoin waard bij de belastingaangifte?',
      'In box 3 vul je een bedrag in voor de cryptovaluta die je op de peildatum bezit. De waarde van Bitcoin schommelt alleen flink. Begin 2017 was de munt iets meer dan € 900,- waard, aan het einde van 2017 was dat bijna € 12.000,-.',
    ],
    expect: [p('€ 900,-', 900, 'EUR'), p('€ 12.000,-', 12000, 'EUR')],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Voor bezitters van bitcoins in 2017 pakt dat gunstig uit. Iemand met 5 bitcoins had eind december 2017 een vermogen van ongeveer € 60.000,- (5 bitcoins maal € 12.000,-), maar hoeft slechts € 4.500,- (5 bitcoins maal € 900,-) op te geven in box 3. Die € 4.500,- telt mee bij zijn vermogen.',
    ],
    expect: [
      o('€ 60.000,-', 60000, 'EUR'),
      p('€ 12.000,-', 12000, 'EUR'),
      o('€ 4.500,-', 4500, 'EUR'),
      p('€ 900,-', 900, 'EUR'),
      o('€ 4.500,-', 4500, 'EUR'),
    ],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Hoeveel belasting moet ik betalen over mijn bitcoins?',
      'De Belastingdienst werkt met een heffingsvrij vermogen. Voor de aangifte over 2017 is dat € 25.000,-. Met een fiscaal partner mag je dit bedrag verdubbelen en hebben jullie samen € 50.000,- onbelast vermogen.',
    ],
    expect: [o('€ 25.000,-', 25000, 'EUR'), o('€ 50.000,-', 50000, 'EUR')],
  },
  {
    url,
    lang: 'nl',
    tags: ['table', 'format'],
    title,
    blocks: [
      'De effectieve percentages zijn als volgt:',
      { text: '€ 25.000,- tot € 100.000,-', header: 'Vermogen' },
      { text: '0,86%', header: 'Percentage in 2017', row: '€ 25.000,- tot € 100.000,-' },
      { text: '€ 100.000,- tot € 1.000.000,-', header: 'Vermogen' },
      { text: '1,38%', header: 'Percentage in 2017', row: '€ 100.000,- tot € 1.000.000,-' },
    ],
    expect: [
      o('€ 25.000,-', 25000, 'EUR'),
      o('€ 100.000,-', 100000, 'EUR'),
      o('€ 100.000,-', 100000, 'EUR'),
      o('€ 1.000.000,-', 1000000, 'EUR'),
    ],
  },
  {
    url,
    lang: 'nl',
    tags: ['table', 'format'],
    title,
    blocks: ['Situatie 2017', 'VermogenPercentage in 2017\n€ 25.000,- tot € 100.000,-0,86%'],
    expect: [o('€ 25.000,-', 25000, 'EUR'), o('€ 100.000', 100000, 'EUR')],
  },
];
