import { o, type RealCase } from '../labels';

// First-person blog post on network fees of other chains: daily fee totals in millions, no Bitcoin at all.
export const cases: RealCase[] = [
  {
    url: 'https://onesafe.io/blog/solana-fee-surge-sustainability-challenges',
    lang: 'en',
    tags: ['prose', 'format'],
    blocks: [
      "I was browsing around and came across this article about Solana recently passing Ethereum in daily network fees. It's an interesting situation, but I'm not sure it's something to celebrate just yet. Let me break it down.",
      { text: "The Context of Solana's Fee Surge", heading: "The Context of Solana's Fee Surge" },
      {
        text: "According to some DefiLlama data, Solana raked in over $2.54 million in fees on October 28, which is a big deal since it outpaced Ethereum’s $2.07 million on the same day. But here's the kicker: most of those fees came from Raydium, one of its main decentralized exchanges (DEX). And when I say most, I mean almost all—$3.41 million in fees from that platform alone.",
        heading: "The Context of Solana's Fee Surge",
      },
      {
        text: 'The Memecoin Economy: High Fees, Low Sustainability?',
        heading: 'The Memecoin Economy: High Fees, Low Sustainability?',
      },
      {
        text: 'The article points out that about $29.5 million in fees from memecoin trading has flowed through Solana over the past month. That’s a hefty chunk! But can anyone honestly say they expect that kind of revenue to last?',
        heading: 'The Memecoin Economy: High Fees, Low Sustainability?',
      },
    ],
    expect: [
      o('$2.54 million', 2.54e6),
      o('$2.07 million', 2.07e6),
      o('$3.41 million', 3.41e6),
      o('$29.5 million', 29.5e6),
    ],
  },
];
