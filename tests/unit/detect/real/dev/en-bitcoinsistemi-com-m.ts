import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://en.bitcoinsistemi.com/coingecko-published-the-costs-needed-to-produce-1-bitcoin-how-much-in-the-us',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'CoinGecko Published the Costs Needed to Produce 1 Bitcoin: How Much in the US?',
    blocks: [
      'CoinGecko Published the Costs Needed to Produce 1 Bitcoin: How Much in the US?',
      'The study finds the average household electricity bill for mining a Bitcoin comes to $46,291, some 35% above the average daily price of one BTC ($30,090.08) in July 2023.',
      {
        text: 'Syria 1330.1 dollars',
        heading: 'The countries with the lowest electricity cost to produce 1 BTC',
      },
      {
        text: 'Ethiopia $1596.12',
        heading: 'The countries with the lowest electricity cost to produce 1 BTC',
      },
      {
        text: 'Libya 2660.21 dollars',
        heading: 'The countries with the lowest electricity cost to produce 1 BTC',
      },
      { text: 'Bhutan $4256.33', heading: 'The countries with the lowest electricity cost to produce 1 BTC' },
      'According to the CoinGecko figures, the power needed to produce 1 BTC costs roughly 22,000 dollars in Turkey, against 46,280 dollars in the USA.',
    ],
    expect: [
      c('$46,291', 46291),
      p('$30,090.08', 30090.08),
      c('1330.1 dollars', 1330.1),
      c('$1596.12', 1596.12),
      c('2660.21 dollars', 2660.21),
      c('$4256.33', 4256.33),
      c('22,000 dollars', 22000),
      c('46,280 dollars', 46280),
    ],
  },
];
