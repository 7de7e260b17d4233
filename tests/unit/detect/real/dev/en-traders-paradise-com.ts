import { o, p, type RealCase } from '../labels';

// A trading magazine: the coin's low, a market total glued to its scale ("$148bil") and a per-kWh rate with a
// comma decimal ("$0,06").
export const cases: RealCase[] = [
  {
    url: 'https://traders-paradise.com/magazine/2018/11/bitcoin-mining',
    lang: 'en',
    tags: ['prose', 'format', 'cost'],
    title: 'Bitcoin Mining Is All Math',
    blocks: [
      'Bitcoin Mining Is All Math',
      'Is Bitcoin mining profitable these days? When the price of gold drops, miners lose. It is the same story in the world of cryptocurrencies.',
      'According to CoinMarketCap data, Bitcoin prices have tumbled nearly 30% in the past week and hit a 14-month low of about $3,800. The total market value of cryptocurrencies has slumped to $148bil, less than one-fifth of its worth at the market’s January peak.',
      'Miners position',
      'The price drop has left miners weak. According to the latest estimates from Beijing-based F2Pool, if they pay for power at a rate of $0,06 per kWh, mining clearly becomes unprofitable.',
    ],
    expect: [p('$3,800', 3800), o('$148bil', 148e9), o('$0,06', 0.06)],
  },
];
