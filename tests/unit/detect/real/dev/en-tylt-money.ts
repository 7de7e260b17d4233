import { o, p, type RealCase } from '../labels';

// Crypto news brief: loose formats ("$100K", "$500M") in headline and bullets; one bullet gives a
// level without naming Bitcoin. Liquidation totals, even "Bitcoin alone contributed $70.4 million", are other.
export const cases: RealCase[] = [
  {
    url: 'https://tylt.money/news/bitcoin-slides-to-96-256-amid-500m-liquidations',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Slides to $96,256 Amid $500M Liquidations',
    blocks: [
      'Bitcoin Slides to $96,256 Amid $500M Liquidations',
      'Bitcoin’s pullback from $100K sets off heavy liquidations and market turbulence.',
      'Bitcoin fell to $96,256 after coming close to the $100,000 milestone.',
      'Over $500M in crypto liquidations, hitting 197,551 traders.',
      'Analysts see further declines, with $94,200 as a critical level.',
      'Of the total, long positions accounted for $380 million and short positions for $120 million. Bitcoin alone contributed $70.4 million to these losses, while Ethereum added $43.4 million.',
    ],
    expect: [
      p('$96,256', 96256),
      o('$500M', 500e6),
      p('$100K', 100000),
      p('$96,256', 96256),
      p('$100,000', 100000),
      o('$500M', 500e6),
      p('$94,200', 94200),
      o('$380 million', 380e6),
      o('$120 million', 120e6),
      o('$70.4 million', 70.4e6),
      o('$43.4 million', 43.4e6),
    ],
  },
];
