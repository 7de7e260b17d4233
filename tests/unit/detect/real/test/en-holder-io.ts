import { c, p, type RealCase } from '../labels';

// Crypto news summary of a JPMorgan note: the production cost to mine one bitcoin, framed as a "price
// floor" and "pain threshold" (the miners' break-even, so a cost) in headline, lede, bullets and close;
// the upside target and spot price are prices.
export const cases: RealCase[] = [
  {
    url: 'https://holder.io/news/jpmorgan-bitcoin-price-floor-94000',
    lang: 'en',
    tags: ['cost', 'prose', 'label-value'],
    title: 'JPMorgan Sets Bitcoin’s Price Floor at $94,000 Due to Mining Costs',
    blocks: [
      'JPMorgan Sets Bitcoin’s Price Floor at $94,000 Due to Mining Costs',
      'JPMorgan has pinned a key floor for Bitcoin, putting the market’s “pain threshold” at about $94,000, a level that is both a mining-economics floor and a support.',
      {
        text: 'The production cost to mine one Bitcoin has climbed from $92,000 to $94,000 as network difficulty rose.',
        heading: 'Key Insights from JPMorgan’s Analysis',
      },
      'That higher production cost acts as a floor and limits Bitcoin’s downside.',
      'The bank projects a medium-term upside target of $170,000, based on a volatility-adjusted comparison with gold.',
      'At present, Bitcoin is trading at $97,505.',
      'As long as mining costs stay around $94,000, that level should act as support and cap Bitcoin’s downside.',
    ],
    expect: [
      c('$94,000', 94000),
      c('$94,000', 94000),
      c('$92,000', 92000),
      c('$94,000', 94000),
      p('$170,000', 170000),
      p('$97,505', 97505),
      c('$94,000', 94000),
    ],
  },
];
