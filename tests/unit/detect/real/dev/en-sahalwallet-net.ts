import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sahalwallet.net/ru/miner-profits-hit-14-month-low-amid-70k-bitcoin-price',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Miner profits hit 14-month low amid $70K Bitcoin price',
    blocks: [
      'Miner profits hit 14-month low amid $70K Bitcoin price',
      'Bitcoin has fallen to around $70,000, about 20% under its estimated production cost of $87,000 — a gap usually seen in bear markets. The Miner Profit and Loss Sustainability Index dropped to 21, and daily mining revenue shrank from about $45 million to $28 million.',
    ],
    expect: [
      p('$70K', 70000),
      p('$70,000', 70000),
      c('$87,000', 87000),
      o('$45 million', 45e6),
      o('$28 million', 28e6),
    ],
  },
];
