import { o, type RealCase } from '../labels';

const url = 'https://bcoin.nl/index.php/2019/01/';
const title = '2018: Bitcoin en Belasting';

export const cases: RealCase[] = [
  {
    url,
    lang: 'nl',
    tags: ['prose'],
    title,
    blocks: [
      'Bitcoins geef je op in box 3: sparen en beleggen. Voor de aangifte over 2018 geldt de waarde van je bitcoins op 1 januari 2018. Een deel van je vermogen is vrijgesteld: in 2018 is het heffingsvrije vermogen zonder toeslagpartner 30.000 euro en 60.000 euro met toeslagpartner.',
    ],
    expect: [o('30.000 euro', 30000, 'EUR'), o('60.000 euro', 60000, 'EUR')],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose'],
    title,
    blocks: [
      'Over je grondslag tot en met 70.800 euro betaal je plus minus 0,605% vermogensbelasting over je bitcoins en ander vermogen in 2018. Over het deel tussen 75.801 euro en 978.000 euro betaal je ongeveer 1,298%. Over het deel boven 978.001 euro betaal je 1,614%.',
    ],
    expect: [
      o('70.800 euro', 70800, 'EUR'),
      o('75.801 euro', 75801, 'EUR'),
      o('978.000 euro', 978000, 'EUR'),
      o('978.001 euro', 978001, 'EUR'),
    ],
  },
];
