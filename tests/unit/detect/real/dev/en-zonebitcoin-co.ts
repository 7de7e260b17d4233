import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zonebitcoin.co/en/kuwait-algeria-cheapest-countries-to-mine-bitcoin/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Kuwait, Algeria: cheapest countries to mine bitcoin',
    blocks: [
      'Kuwait is where mining bitcoin costs the least: $1393 for a single bitcoin. So for each bitcoin mined, a miner in Kuwait can earn $19 today. Profits also depend on the bitcoin price, of course.',
      'Algeria comes second in the ranking, where a miner would make a net profit of $15,574.67. Electricity there costs about 0.038 USD per kWh, far from French prices of 0.1740 € (in August 2022).',
      'Our calculations use a bitcoin worth $20,000. BTC already topped $60,000 in 2021, so if it takes off again miners there could triple their profits.',
    ],
    expect: [
      c('$1393', 1393),
      o('$19', 19),
      o('$15,574.67', 15574.67),
      o('0.038 USD', 0.038),
      o('0.1740 €', 0.174, 'EUR'),
      p('$20,000', 20000),
      p('$60,000', 60000),
    ],
  },
];
