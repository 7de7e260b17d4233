import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hbvl.be/cnt/dmf20230606_94584170',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    blocks: [
      {
        text: 'De waarde van de bitcoin kreeg een klap toen het nieuws maandag bekend raakte, en zakt dinsdag verder: de grootste cryptomunt verloor al meer dan 4 procent, onder meer omdat onzekere investeerders hun munten snel weghalen bij Binance. Een bitcoin is dinsdag rond 14 uur nog 25.692 dollar waard. Ter vergelijking: maandagochtend was dat nog 27.245 dollar.',
        heading: 'Bitcoin verliest',
      },
    ],
    expect: [p('25.692 dollar', 25692), p('27.245 dollar', 27245)],
  },
];
