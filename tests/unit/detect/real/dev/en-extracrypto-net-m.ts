import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://extracrypto.net/bitcoin-mining-difficulty-drops-the-most-since-july-2021-as-crypto-winter-cuts-profitability/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin mining difficulty drops the most since July 2021 as crypto winter cuts profitability',
    blocks: [
      'Bitcoin mining difficulty drops the most since July 2021 as crypto winter cuts profitability',
      'With profitability this depressed, “even miners running efficient machines like the Antminer S19j Pro need power priced below $0.08 per kWh,” Luxor analyst Jaran Mellerud said. The grid average is about $0.05 per kilowatt-hour (kWh), yet many miners pay around $0.07 to $0.08 per kWh, he added.',
    ],
    expect: [
      o('$0.08 per kWh', 0.08),
      o('$0.05 per kilowatt-hour', 0.05),
      o('$0.07', 0.07),
      o('$0.08 per kWh', 0.08),
    ],
  },
];
