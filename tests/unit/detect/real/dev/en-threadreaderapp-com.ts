import { o, p, type RealCase } from '../labels';

// Twitter threads unrolled by a thread reader: cycle-top calls as bare "193k-253k" and "$260K-$360K"
// ranges, numbered tweets naming "$BTC" (a ticker, not an amount), and market-cap totals ("$1T") among levels.
export const cases: RealCase[] = [
  {
    url: 'https://threadreaderapp.com/thread/1448798628605095948.html',
    lang: 'en',
    tags: ['forum', 'format', 'label-value'],
    blocks: [
      'I have *UPDATED* my price & timing predictions for #Bitcoin $BTC after lining up price history & weighing the different readings of the macro backdrop and cycle behavior.',
      'Estimated Peak Date: December 17/18',
      'Estimate Price Range: 193k-253k',
      'More below👇 (with charts)',
      "3. Given the previous two points, it is reasonable to suggest the bear market low in 2022/2023 will end up around 38k. That's my estimation, at least.",
    ],
    expect: [p('193k', 193000), p('253k', 253000), p('38k', 38000)],
  },
  {
    url: 'https://threadreaderapp.com/thread/1394245221676773379.html',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      "Amid all the gloom & doom about #BTC, let's do some in depth TA!",
      'TLDR:',
      "1 BTC price is tracking past cycles'",
      '2 Price dump expected today',
      '3 There could be a lengthening of this cycle',
      '4 Peak price: $260K-$360K',
      "4a/ What is the projected peak #BTC price in this cycle? Using Fib Extensions, #BTC topped out between the 3.618 Fib and 4.618 Fib in the last 2 cycles. If this plays out in this cycle, #BTC's top price is ~$260K.",
    ],
    expect: [p('$260K', 260000), p('$360K', 360000), p('$260K', 260000)],
  },
  {
    url: 'https://threadreaderapp.com/thread/1338090155404525568.html',
    lang: 'en',
    tags: ['forum', 'format', 'prose'],
    blocks: [
      'Confused by all the price predictions for #Bitcoin in 2021? There are a few pricing models for $BTC and they fall into these groups:',
      '1b/ Jordan’s model gives a 2021 price target of $140K-$160K for #Bitcoin. He predicts a shorter $BTC bull phase and a cycle top in 9/2021.',
      '2a/ Glassnode uses 6 on-chain metrics, such as Net Unrealized Profit and Loss, to forecast a #Bitcoin price between $138K and $328K by 12/2021.',
      '2b/ Willy Woo uses his “Top Chain metric” to predict a #Bitcoin price between $200K and $300K by 12/2021.',
      "3/ These models predict the #Bitcoin price from an estimated market cap of $BTC. For example, Bloomberg predicts $BTC could reach a $1T market cap in 2021. It has recently updated its forecast of $BTC's price from $47K to $180K in 2021.",
      '4/ This one prices #Bitcoin on 3 use cases. All 3 add up to give $BTC a $3T market cap or ~$160K price, but no timeline is given.',
      '5/ These are Plan B’s Stock-to-Flow models, the S2F and the newer S2FX, which predicts a price for #Bitcoin of $288K from 2020-2024, but he has recently revised it to $100K-$288K in 2021.',
    ],
    expect: [
      p('$140K', 140000),
      p('$160K', 160000),
      p('$138K', 138000),
      p('$328K', 328000),
      p('$200K', 200000),
      p('$300K', 300000),
      o('$1T', 1e12),
      p('$47K', 47000),
      p('$180K', 180000),
      o('$3T', 3e12),
      p('$160K', 160000),
      p('$288K', 288000),
      p('$100K', 100000),
      p('$288K', 288000),
    ],
  },
];
