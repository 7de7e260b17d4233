import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.febspot.com/explore/2-9b-bitcoin-etf-outflow-bearish-futures-data-project-more-btc-downside',
    lang: 'en',
    tags: ['prose', 'format'],
    title: '$2.9B Bitcoin ETF Outflow, Bearish Futures Data Project More BTC Downside',
    blocks: [
      '$2.9B Bitcoin ETF Outflow, Bearish Futures Data Project More BTC Downside',
      'According to Cointelegraph.com, Bitcoin dropped below $73,000 after briefly retesting $79,500, tracking a Nasdaq decline tied to a weak AMD outlook and soft U.S. jobs data, while spot ETFs saw over $2.9 billion in outflows across twelve trading days.',
      'The average $243 million daily net outflow from U.S.-listed Bitcoin ETFs since Jan. 16 lined up almost exactly with Bitcoin’s rejection at $98,000 on Jan. 14. The 26% correction that followed over three weeks set off $3.25 billion in liquidations of leveraged long BTC futures.',
      'Some traders tie the recent swings to a $19 billion liquidation on Oct. 10, 2025, after a Binance database glitch, for which the exchange paid over $283 million in compensation. Options data show professionals hedging against more losses: the 30-day 25% delta skew hit 13%, signalling doubt that $72,100 is a bottom.',
    ],
    expect: [
      o('$2.9B', 2.9e9),
      p('$73,000', 73000),
      p('$79,500', 79500),
      o('$2.9 billion', 2.9e9),
      o('$243 million', 243e6),
      p('$98,000', 98000),
      o('$3.25 billion', 3.25e9),
      o('$19 billion', 19e9),
      o('$283 million', 283e6),
      p('$72,100', 72100),
    ],
  },
];
