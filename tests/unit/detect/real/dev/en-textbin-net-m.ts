import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pt.textbin.net/raw/jpr8hv0pqq',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    title: 'textbin raw paste',
    blocks: [
      'producing one btc takes 20 GWH. thats over 3x the demand of the whole state of massachusetts at 6 GWH, all of it to produce $54K. The cost of those 20 GWH (at 20cents/kwh) is $4,000,000 Annual Energy Consumption Electric Power: 55.3 TWh (1% total U.S.) Assume 20 cents/KWh electric rate 20,000,000 KWh x $0.20 = $4,000,000 cost of electricity to mine one BTC 1 BTC is now at $55k Whether one decides to buy bitcoin now or $4M is the real question.',
    ],
    expect: [
      p('$54K', 54000),
      o('20cents/kwh', 0.2),
      c('$4,000,000', 4000000),
      o('20 cents/KWh', 0.2),
      o('$0.20', 0.2),
      c('$4,000,000', 4000000),
      p('$55k', 55000),
      c('$4M', 4000000),
    ],
  },
];
