import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://whatsupmarket.com/2023/01/15/hashrate-index-releases-2022-bitcoin-mining-year-in-review/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Hashrate Index Releases 2022 Bitcoin Mining Year In Review',
    blocks: [
      'Hashrateindex data showed that as Bitcoin’s price broke through 21,000 US {dollars}, Hashprice hit a 3-month high of $78.',
      'Wu noted the coin’s hashprice reached a 3-month high of $78/PH/day.',
      'For 2021 the average hashprice was $314.61/PH/day, with a yearly peak of $412.57/PH/day. In 2022 the USD hashprice high was only $246.86/PH/day; the average was $123.88/pH/day, and at one point it sank to an all-time low of $55.94/PH/day.',
    ],
    expect: [
      p('21,000 US {dollars}', 21000),
      o('$78', 78),
      o('$78/PH/day', 78),
      o('$314.61/PH/day', 314.61),
      o('$412.57/PH/day', 412.57),
      o('$246.86/PH/day', 246.86),
      o('$123.88/pH/day', 123.88),
      o('$55.94/PH/day', 55.94),
    ],
  },
];
