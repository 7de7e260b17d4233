import { c, o, p, type RealCase } from '../labels';

// Crypto news post on pool data for ASIC "shutdown" prices: per-rig break-even BTC prices (cost),
// one current BTC quote (price) and the assumed electricity rate per kWh (other).
export const cases: RealCase[] = [
  {
    url: 'https://metachain.news/?p=41814',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin miners near shutdown prices',
    blocks: [
      'Based on current mining difficulty and electricity costs of $0.08 per kilowatt hour, many ASIC devices are nearing critical “shutdown price” levels, according to Antpool data.',
      'At the time of writing, Bitcoin is trading at $78,997, severely hurting profitability for older devices.',
      'The closing price of the new Antminer S21 series is estimated at $69,000 to $74,000. The Antminer S21 model has a closing price of about $76,353, while for variants such as the S21e Hyd and S21+ this threshold is about $74,000.',
      'The closing price of the 1160 TH/s Antminer U3S23H and the 580 TH/s S23 Hydro is approximately $41,448, and the S23e U2H model comes in around $43,630. As long as the price stays above $44,000, these devices remain profitable.',
    ],
    expect: [
      o('$0.08', 0.08),
      p('$78,997', 78997),
      c('$69,000', 69000),
      c('$74,000', 74000),
      c('$76,353', 76353),
      c('$74,000', 74000),
      c('$41,448', 41448),
      c('$43,630', 43630),
      c('$44,000', 44000),
    ],
  },
];
