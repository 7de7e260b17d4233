import { p, type RealCase } from '../labels';

// Opinion piece on forecasts: loose formats ("$1 Million", "$1 billion-per-Bitcoin") and targets
// attributed to people, with the subject ("Bitcoin") left to the headline or an earlier sentence.
export const cases: RealCase[] = [
  {
    url: 'https://vr.writer.dog/?p=275',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'The Crystal Ball of Crypto: Can Bitcoin Really Hit $1 Million by 2030?',
    blocks: [
      'The Crystal Ball of Crypto: Can Bitcoin Really Hit $1 Million by 2030?',
      'From hedge-fund back rooms to crypto-conference stages, talk of Bitcoin soaring to $200,000 by 2025 and a staggering $1 million by 2029 has taken hold.',
      {
        heading: 'The Bitcoin Rollercoaster: A Market on Edge',
        text: 'Bitcoin’s recent price action has been anything but stable.',
      },
      {
        heading: 'The Bitcoin Rollercoaster: A Market on Edge',
        text: 'After a small stumble below $96,400, traders are treading carefully. Volumes are drying up, and the mood swings between “HODL forever” and “sell before the apocalypse.”',
      },
      {
        heading: 'The Prophets of Profit: Who’s Betting Big on Bitcoin?',
        text: 'Max Keiser, the outspoken maximalist, has doubled down on his $200,000 call for 2024. Fidelity floated a $1 billion-per-Bitcoin forecast for 2038 (yes, billion). Chamath Palihapitiya sees $500,000 by 2025 and $1 million by 2040.',
      },
    ],
    expect: [
      p('$1 Million', 1e6),
      p('$200,000', 200000),
      p('$1 million', 1e6),
      p('$96,400', 96400),
      p('$200,000', 200000),
      p('$1 billion', 1e9),
      p('$500,000', 500000),
      p('$1 million', 1e6),
    ],
  },
];
