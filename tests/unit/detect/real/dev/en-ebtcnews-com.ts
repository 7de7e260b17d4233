import { o, p, type RealCase } from '../labels';

const url =
  'https://www.ebtcnews.com/btc-drops-to-85200-marking-2026-lows-while-gold-gives-back-gains-and-microsoft-weighs-on-the-nasdaq';
const title = 'Gold Collapses After Rally, Bitcoin Slides to One-Month Low as Tech Stocks Falter';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['widget', 'prose', 'format'],
    title,
    blocks: [
      'Gold jumped past $5,600 per ounce on Thursday morning, then slumped nearly 10% to under $5,200 in U.S. trade. Silver did the same, dropping from $121 to $108 per ounce.',
      'Crypto went along. Bitcoin BTC $81,527.05 fell from over $88,000 to $85,200, its lowest in over a month and down 4.5% in 24 hours. Altcoins fared worse: Ethereum ETH $2,544.07, Solana SOL $109.95, DOGE $0.1068, and ADA $0.2983 each lost 5%-6%.',
    ],
    expect: [
      o('$5,600', 5600),
      o('$5,200', 5200),
      o('$121', 121),
      o('$108', 108),
      p('$81,527.05', 81527.05),
      p('$88,000', 88000),
      p('$85,200', 85200),
      o('$2,544.07', 2544.07),
      o('$109.95', 109.95),
      o('$0.1068', 0.1068),
      o('$0.2983', 0.2983),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      {
        heading: 'More Stories',
        text: 'Bitcoin steadies near $84K, but a loss of support could open the door to $70,000.',
      },
      {
        heading: 'More Stories',
        text: 'Crypto equities fall amid plunging spot volume and Bitcoin slipping under $84K',
      },
    ],
    expect: [p('$84K', 84000), p('$70,000', 70000), p('$84K', 84000)],
  },
];
