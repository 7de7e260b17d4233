import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoaskzone.com/bitcoin-to-1-5-million-by-2030',
    lang: 'en',
    tags: ['prose', 'format', 'label-value'],
    title: 'Bitcoin to $1.5 million by 2030?',
    blocks: [
      'Ark Invest CEO Cathie Wood is sticking with her call that Bitcoin could rocket to $1.5 million by 2030. Her team’s latest report sets out three scenarios:',
      '- The Bull Case: $1.5 million if hedge funds and governments go all-in, driving 58% yearly growth.',
      '- The Base Case: $710,000 if Bitcoin ETFs and corporate buying keep growing steadily.',
      '- The Bear Case: $300,000 even if regulation or a crash slows things down.',
      'ETFs have already pulled in 40 billion since launch, and Micro Strategy has stockpiled over 46 billion worth of Bitcoin. After the April 2024 halving, the average cost to buy Bitcoin hit $40,980.',
      '- The $100,000 Wall: getting past this mental barrier matters. If Bitcoin stalls here, it could slump short-term.',
    ],
    expect: [
      p('$1.5 million', 1.5e6),
      p('$1.5 million', 1.5e6),
      p('$710,000', 710000),
      p('$300,000', 300000),
      p('$40,980', 40980),
      p('$100,000', 100000),
    ],
  },
];
