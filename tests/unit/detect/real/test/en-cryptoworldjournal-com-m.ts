import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptoworldjournal.com/it-is-more-affordable-to-mine-one-bitcoin-than-to-buy-it/',
    lang: 'en',
    tags: ['cost', 'prose', 'format', 'change'],
    title: 'It Is More Affordable to Mine One Bitcoin Than to Buy It',
    blocks: [
      'It Is More Affordable to Mine One Bitcoin Than to Buy It',
      'Braiins says 1 BTC mined with such machines would cost USD 13,000, while it is worth around USD 37,000 on exchanges.',
      'Put differently, earning one Bitcoin by mining costs USD 24,000 less than buying one at today’s market prices.',
      'The formula also counts the upfront price of the hardware. A top-end miner can cost up to USD 15,000, which brings the cost of obtaining 1 BTC to USD 28,000. The leading cryptocurrency currently sells for around USD 37,000.',
    ],
    expect: [
      c('USD 13,000', 13000),
      p('USD 37,000', 37000),
      o('USD 24,000', 24000),
      o('USD 15,000', 15000),
      c('USD 28,000', 28000),
      p('USD 37,000', 37000),
    ],
  },
];
