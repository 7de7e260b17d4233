import { c, p, type RealCase } from '../labels';

// A one-paragraph news flash: price and average production cost in the same sentence.
export const cases: RealCase[] = [
  {
    url: 'https://cointeeth.com/news-flash/1022366',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'According to Checkonchain data, Bitcoin’s current market price of approximately $70,000 is below its average production cost of approximately $87,000, a gap of about 20%. Historically, prices falling below production costs are a mark of bear markets. The model uses network difficulty as a proxy for the industry’s overall cost structure. (CoinDesk)',
    ],
    expect: [p('$70,000', 70000), c('$87,000', 87000)],
  },
];
