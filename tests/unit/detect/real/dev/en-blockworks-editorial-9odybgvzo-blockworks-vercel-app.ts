import { c, o, p, type RealCase } from '../labels';

// A Vercel preview deployment of a Blockworks story (late 2022): spot price, a calculator's cost to
// produce 1 BTC with an S19j, per-kWh power prices (other), and MacroMicro's global average cost.
export const cases: RealCase[] = [
  {
    url: 'https://blockworks-editorial-9odybgvzo-blockworks.vercel.app/news/bitcoin-price-drop-tests-miners-diamond-hands',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin Price Drop Tests Miners’ Diamond Hands',
    blocks: [
      'After losing a quarter of its value through the FTX saga, bitcoin hovers around $16,300, down 66% year to date, while US electricity prices have risen about 13% over the same span.',
      'One calculator from Braiins puts the cost of producing 1 BTC with a top-of-the-line Bitmain Antminer S19j at $34,732 — more than double bitcoin’s price.',
      'And that assumes power at $0.06 per kilowatt hour; the US Bureau of Labor Statistics reported a national average of $0.166 last month. MacroMicro shows a lower global average cost, around $22,300, still 37% above bitcoin’s current price.',
    ],
    expect: [
      p('$16,300', 16300),
      c('$34,732', 34732),
      o('$0.06', 0.06),
      o('$0.166', 0.166),
      c('$22,300', 22300),
    ],
  },
];
