import { o, p, type RealCase } from '../labels';

// A daily digest of r/CryptoCurrency: levels written bare ("from about 90,000 to 62,000", "88k per coin",
// "BTC 69k"), next to dollar losses and sales.
export const cases: RealCase[] = [
  {
    url: 'https://theredditgazette.com/en/articles/CryptoCurrency/day/20260206',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title: 'Bitcoin Suffers Worst Dollar Drop as Liquidity Vanishes',
    blocks: [
      'Bitcoin Suffers Worst Dollar Drop as Liquidity Vanishes',
      'The market endures reflexive liquidations while institutional timing magnifies losses and fragility.',
      'Key Highlights',
      'Bitcoin records its largest single-dollar decline, falling from about 90,000 to 62,000.',
      'MicroStrategy’s purchase at 88,000 per coin turns negative as prices retrace sharply.',
      'Bitmine’s ETH exposure faces an approximately $8 billion unrealized loss.',
      {
        text: 'The community met the whipsaw with gallows humor, from a wry “BTC 69k with different energy” meme to a fear-and-greed meter stuck at zero. Under the jokes, the pain was real: sober threads flagged the worst drawdown since the FTX crash and a nosedive from 90k to 62k with no credible explanation beyond thin liquidity and reflexive liquidations.',
        heading: 'Volatility Without a Storyline',
      },
      {
        text: 'Headlines cheered MicroStrategy’s latest buy at 88k per coin just days before the market shredded that entry, while a sovereign balance sheet recalibrated with Bhutan’s $22.4 million BTC sales. Even outside Bitcoin, the misalignment was on display with Tom Lee’s Bitmine sitting on an $8B unrealized ETH loss.',
        heading: 'Institutional Gravity and the Myth of Smart Money',
      },
    ],
    expect: [
      p('90,000', 90000),
      p('62,000', 62000),
      p('88,000', 88000),
      o('$8 billion', 8e9),
      p('69k', 69000),
      p('90k', 90000),
      p('62k', 62000),
      p('88k', 88000),
      o('$22.4 million', 22.4e6),
      o('$8B', 8e9),
    ],
  },
];
