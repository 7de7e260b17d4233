import { c, o, p, type RealCase } from '../labels';

// MEXC (UAE mirror) news page reprinting Cryptonews: the lead is glued to itself twice, then takeaways
// and prose mixing spot levels, the $87,000 cost per coin and daily revenue totals.
const title = 'Bitcoin Trades 20% Below Production Cost as Miner Profitability Drops to 14-Month Low';

export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.ae/en-GB/news/642006',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title,
    blocks: [
      'Bitcoin has slipped to roughly $70,000 on February 5 — about 20% below the estimated $87,000 cost to produce a single coin — as hashrate declines, shrinking marginsBitcoin has slipped to roughly $70,000 on February 5 — about 20% below the estimated $87,000 cost to produce a single coin — as hashrate declines, shrinking margins',
      title,
      '– Bitcoin is trading near $71,000, roughly 20% below its estimated all-in production cost — a gap that has historically only appeared during bear markets.',
      '– The Miner Profit and Loss Sustainability Index has sunk to 21, a level not seen since November 2024, after daily mining revenue briefly touched $28 million.',
    ],
    expect: [
      p('$70,000', 70000),
      c('$87,000', 87000),
      p('$70,000', 70000),
      c('$87,000', 87000),
      p('$71,000', 71000),
      o('$28 million', 28000000),
    ],
  },
  {
    url: 'https://www.mexc.ae/en-GB/news/642006',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'The slump dates back to early October, when Bitcoin was trading near $126,000 and the largest liquidation event on record set off a sell-off that has yet to find a floor.',
      {
        heading: 'Miner Revenue Collapses as Block Times Drift Above Target',
        text: 'Miners’ finances have tightened sharply in recent weeks. Daily mining revenue dropped from roughly $45 million to a yearly low of $28 million in late January, as falling prices and harsh US winter storms forced big operators to curtail.',
      },
    ],
    expect: [p('$126,000', 126000), o('$45 million', 45000000), o('$28 million', 28000000)],
  },
];
