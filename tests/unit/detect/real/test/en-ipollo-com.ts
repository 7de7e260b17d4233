import { o, p, type RealCase } from '../labels';

// Mining-hardware vendor's news blog, a sell-off wrap: BTC levels (price) mixed with market-cap,
// volume and liquidation totals in trillions, billions and millions (other).
export const cases: RealCase[] = [
  {
    url: 'https://ipollo.com/ms/blogs/news/bitcoin-tumbles-below-83k-as-crypto-market-sheds-1-billion-in-liquidations',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Tumbles Below $83K as Crypto Market Sheds $1 Billion in Liquidations',
    blocks: [
      'The price of bitcoin (BTC) plunged to $82,618 per coin on Monday evening, and the total crypto economy shrank by more than 12% to $2.72 trillion.',
      {
        text: 'Global trade volume reached $175.84 billion. BTC bottomed out at $82,618 over the past 24 hours and by 9 p.m. ET had edged up to $83,634. Of today’s global trading, $72.86 billion was BTC volume.',
        heading: 'Bitcoin, Ethereum, and Solana Suffer Heavy Losses as Sell Pressure Mounts',
      },
      'Derivatives platforms saw $1 billion in liquidations, $867.87 million of it from long positions, with BTC derivatives alone accounting for $310.55 million.',
    ],
    expect: [
      p('$82,618', 82618),
      o('$2.72 trillion', 2.72e12),
      o('$175.84 billion', 175.84e9),
      p('$82,618', 82618),
      p('$83,634', 83634),
      o('$72.86 billion', 72.86e9),
      o('$1 billion', 1e9),
      o('$867.87 million', 867.87e6),
      o('$310.55 million', 310.55e6),
    ],
  },
];
