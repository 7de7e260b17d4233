import { c, o, p, type RealCase } from '../labels';

// Crypto news site on BTC falling toward miners' costs: the price level (price), a cost range, a
// difficulty-regression model price, a median and per-company implied costs (cost), liquidations.
export const cases: RealCase[] = [
  {
    url: 'https://satoshisbrain.com/bitcoin-plunge-below-63k-threatens-mining-costs-as-liquidations-exceed-2b',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin Plunge Below $63K Threatens Mining Costs as Liquidations Exceed $2B',
    blocks: [
      'Bitcoin’s price crashed below $63,000, possibly below the cost for many miners. Analysts put average mining costs between $60,000 and $80,000, with public companies ranging from $39,208 to over $106,000 per Bitcoin. Over $2 billion in crypto liquidations followed.',
      'A widely shared chart suggested a difficulty regression price of $86,000, but CryptoQuant’s Julio Moreno said actual estimates range between $70,000 and $80,000.',
      'The current median cost for public miners is estimated at $60,000. Iris Energy has the lowest implied cost at $39,208 per Bitcoin mined, while NYDIG has the highest at over $106,000.',
    ],
    expect: [
      p('$63,000', 63000),
      c('$60,000', 60000),
      c('$80,000', 80000),
      c('$39,208', 39208),
      c('$106,000', 106000),
      o('$2 billion', 2e9),
      c('$86,000', 86000),
      c('$70,000', 70000),
      c('$80,000', 80000),
      c('$60,000', 60000),
      c('$39,208', 39208),
      c('$106,000', 106000),
    ],
  },
];
