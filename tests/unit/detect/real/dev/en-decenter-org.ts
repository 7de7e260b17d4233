import { c, o, type RealCase } from '../labels';

// A bear-market explainer: monthly earnings per machine, per-kWh prices with no leading zero ("$.05"), a
// range ("$7.35−$9"), then one break-even cost per coin for Bitcoin next to Ether's.
export const cases: RealCase[] = [
  {
    url: 'https://decenter.org/en/miners-in-a-bear-market-profitability-and-prospects-for-players',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Miners in a Bear Market: Profitability and Prospects for Players',
    blocks: [
      { text: 'How Much Does Mining Now Bring in Russia?', heading: 'Miners in a Bear Market' },
      {
        text: 'In 2016–2017, Bitcoin mining returned about 50% a year after rent, electricity and management costs, and in 2018 at most 20−30%. Electricity makes up 85% of the expenses.',
        heading: 'How Much Does Mining Now Bring in Russia?',
      },
      {
        text: 'According to Dmitry Shuvaev, director of development at the industrial mining firm BitCluster, an average ASIC Antminer S9 now brings in about $60 a month. At an average electricity price of $.05/kWh, each device yields $7.35−$9 a month after servicing and power (at the start of the year it was $12 to $15). The expert thinks mining pays while electricity costs up to $.05 per kWh.',
        heading: 'How Much Does Mining Now Bring in Russia?',
      },
      {
        text: 'At the current hashrate, the break-even point of Bitcoin mining (at a rate of $.045/kWh) is $2,989 per coin, and Ether, $39. If the price falls below that level, mining becomes unprofitable.',
        heading: 'How Much Does Mining Now Bring in Russia?',
      },
    ],
    expect: [
      o('$60', 60),
      o('$.05', 0.05),
      o('$7.35', 7.35),
      o('$9', 9),
      o('$12', 12),
      o('$15', 15),
      o('$.05', 0.05),
      o('$.045', 0.045),
      c('$2,989', 2989),
      o('$39', 39),
    ],
  },
];
