import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://moneyqanda.com/?p=23267',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    blocks: [
      'There are several factors to consider when determining the profitability of Bitcoin mining. If seriously considering mining Bitcoin, one needs to consider the following:',
      '- Initial hardware costs for mining gear and its durability (from $2500-$6000 per Bitcoin mining machine, called an ASIC)',
      {
        text: 'Mining for Bitcoin can be very profitable if one is intelligent about it and has enough investment capital. Even with the recent mining reward halving to 6.25 BTC, that reward is valued in the range of $400,000 USD.',
        heading: 'Mining Rewards',
      },
    ],
    expect: [o('$2500', 2500), o('$6000', 6000), o('$400,000 USD', 400000)],
  },
];
