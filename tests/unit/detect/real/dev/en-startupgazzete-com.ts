import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://startupgazzete.com/2023/05/01/inflation-in-mining-the-cost-of-mining-a-bitcoin-in-the-us-goes-from-usd-5000-to-usd-17000-in-2023/',
    lang: 'en',
    tags: ['cost', 'prose', 'widget', 'format'],
    title:
      'Inflation in mining: the cost of mining a bitcoin in the US goes from USD 5,000 to USD 17,000 in 2023',
    blocks: [
      'New Mexico is the cheapest US state to mine bitcoin in terms of average cost of electricity, while Hawaii is the most expensive.',
      'For bitcoin miners BTC€26,697 it now costs at least $17,000 to produce one BTC in the US, up from $5,000-10,000 a year ago, according to Hashrate Index and Luxor.',
      'Coupled with bitcoin’s weak performance in 2022, which saw a drop from around $48,000 to less than $15,000, active miners posted steady losses.',
      'That changed in the first quarter, when hashprice rose 31% thanks to bitcoin’s price recovery to around $30,000.',
      'New Mexico turned out to be the cheapest and most profitable state for bitcoin miners in the first quarter, with $16,850 to mint one BTC. Hawaii was the most expensive, at USD 114,590.',
    ],
    expect: [
      p('€26,697', 26697, 'EUR'),
      c('$17,000', 17000),
      c('$5,000', 5000),
      c('10,000', 10000),
      p('$48,000', 48000),
      p('$15,000', 15000),
      p('$30,000', 30000),
      c('$16,850', 16850),
      c('USD 114,590', 114590),
    ],
  },
];
