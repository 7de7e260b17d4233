import { o, p, type RealCase } from '../labels';

// A chat-server message (archived) explaining why DCA beats a lump sum: BTC levels written as "$40K",
// one glued to its colon ("Month 2:$30K"), capital and monthly spends as totals, an average cost per BTC.
export const cases: RealCase[] = [
  {
    url: 'https://search.ddosecrets.com/data/revolt/message/ca3f2263-924e-4484-b341-69b48404d7b6',
    lang: 'en',
    tags: ['forum', 'format'],
    title: 'Message from Randy_S | Crypto Captain',
    blocks: [
      'Message from Randy_S | Crypto Captain',
      "DCA really does lower your risk the way you describe, and it is a great long term approach. But to your question: it may surprise you that DCA also gets you a better entry than a lump sum at the average of those prices. Your entry is the harmonic mean of the prices. The maths gets fiddly, so here is an example. Say you have $100K of capital to put in. If BTC was $50K, a lump sum would get you exactly 2 BTC. Now take person B, who buys $20K worth of BTC at each of these prices: Month 1: $40K, Month 2:$30K, Month 3:$60K, Month 4: $50K, and Month 5: $70K. The average of those prices is indeed $50K. Work out what each buy gets: Month 1: 0.5 BTC Month 2: 0.667 BTC Month 3: 0.333 BTC Month 4: 0.4 BTC Month 5: 0.2857 BTC Total: 2.1857 BTC. The trick is the market's volatility: you put in a fixed dollar amount, not a fixed amount of bitcoin. Your average cost per BTC comes out to $45,752.",
    ],
    expect: [
      o('$100K', 100000),
      p('$50K', 50000),
      o('$20K', 20000),
      p('$40K', 40000),
      p('$30K', 30000),
      p('$60K', 60000),
      p('$50K', 50000),
      p('$70K', 70000),
      p('$50K', 50000),
      p('$45,752', 45752),
    ],
  },
];
