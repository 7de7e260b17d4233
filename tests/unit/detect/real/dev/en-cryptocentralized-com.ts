import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptocentralized.com/bitcoin-mining-remained-unprofitable-throughout-q3',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin mining remained unprofitable throughout Q3',
    blocks: [
      'Bitcoin (BTC) miners had a rough third quarter, with the cost of mining rising while BTC’s price kept falling, according to the Hashrate Index report.',
      { text: 'Hashprice decrease', heading: 'Hashprice' },
      'The hashprice of Bitcoin continued to fall after Bitcoin price dropped below $20,000 again. With mining difficulty rising, hashprice slipped in the third quarter, moving from $79.60/PH/day to $83.30/PH/day.',
      'In the second quarter, the average USD hashprice was $141.20/PH/day. It dropped to $92.70/PH/day by the third quarter, and is down 73% on the year to $79.60/TH/day from $290.40/PH/day a year ago.',
      { text: 'Cost of power is high', heading: 'Power' },
      'Georgia’s rise was the highest, with power rates going from less than $80 per megawatt in July 2021 to over $120. All this has made it costly to produce BTC in most states, with the average cost of production being around $15,000.',
      { text: 'Hosting contracts are more expensive', heading: 'Hosting' },
      'Hosting contracts now average $0.08-0.09/kWh, a significant rise given that they usually offered power prices of $0.05-$0.06/kWh before.',
    ],
    expect: [
      p('$20,000', 20000),
      o('$79.60', 79.6),
      o('$83.30', 83.3),
      o('$141.20', 141.2),
      o('$92.70', 92.7),
      o('$79.60', 79.6),
      o('$290.40', 290.4),
      o('$80', 80),
      o('$120', 120),
      c('$15,000', 15000),
      o('$0.08', 0.08),
      o('0.09', 0.09),
      o('$0.05', 0.05),
      o('$0.06', 0.06),
    ],
  },
];
