import { c, o, p, type RealCase } from '../labels';

// A mining explainer built on a pool's break-even list: break-even prices per machine (costs per coin) around
// the coin's own threshold, with per-kWh rates and a "$100 K" written with a space.
export const cases: RealCase[] = [
  {
    url: 'https://cryptobcc.com/?p=4427',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'When Bitcoin Dips Below $100,000, Many Miners Face Losses',
    blocks: [
      'When Bitcoin Dips Below $100,000, Many Miners Face Losses',
      'The mining industry has come under heavy pressure as Bitcoin (BTC) slipped below the psychologically and operationally important threshold of $100,000. According to the mining pool F2Pool, miners on some of the most efficient machines are barely breaking even.',
      '1. The Current Mining Economy',
      'At an electricity cost of $0.06 per kWh, rigs achieving 27.5 W per terahash (W/TH) break even only when the Bitcoin price hovers around $97,000. Machines with worse efficiency or in regions with pricier power are already in the red.',
      'For very high-efficiency rigs, such as the Antminer S21 XP Hyd. (12 W/TH), the break-even Bitcoin price drops to around $41,585. At the other end of the spectrum, older models like the Whatsminer M53 (needing BTC at around $100,694) and the Antminer S19 (requiring ~$118,641) face major losses.',
      '2. Why the Pressure Is Mounting',
      'Electricity costs: The largest ongoing operating cost. As noted, even at $0.06/kWh only the best machines break even.',
      'Bitcoin price drop: The fall of BTC below $100 K shrinks revenue per mined coin, squeezing margins.',
    ],
    expect: [
      p('$100,000', 100000),
      p('$100,000', 100000),
      o('$0.06', 0.06),
      c('$97,000', 97000),
      c('$41,585', 41585),
      c('$100,694', 100694),
      c('~$118,641', 118641),
      o('$0.06', 0.06),
      p('$100 K', 100000),
    ],
  },
];
