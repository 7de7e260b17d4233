import { o, p, type RealCase } from '../labels';

// A spun rewrite of a mining story: the price level in the headline, then daily power costs, daily revenue
// and hashprice per TH/s — all small dollar amounts around "Bitcoin mining".
export const cases: RealCase[] = [
  {
    url: 'https://crypt000.com/old-bitcoin-mining-rigs-risk-shutdown-after-btc-price-slips-under-24k/',
    lang: 'en',
    tags: ['prose', 'cost', 'format', 'anaphora'],
    title: "Old Bitcoin mining rigs risk 'shutdown' after BTC price slips under $24K",
    blocks: [
      "Old Bitcoin mining rigs risk 'shutdown' after BTC price slips under $24K",
      'Older Bitcoin (BTC) mining rigs are finding it hard to generate positive revenue during the ongoing crypto market decline.',
      '75% drop in Bitcoin mining profitability',
      'The profitability of many ASIC machines has dropped into the negative zone after Bitcoin’s fall beneath $24,000 this June 13, data fetched by F2Pool shows. These machines include the Antminer S11 and AvalonMiner 921, which are now near their “shutdown price.”',
      'As a result, it would burn around $4.5 worth of power every day versus roughly $2 in revenue over the same period, according to data gathered by ASIC Miner Value.',
      'Likewise, running Canaan’s AvalonMiner 921 comes to around $5 per day against revenue of over $2 in the same period.',
      'Overall, Bitcoin miners’ earnings have dropped from $0.412 per TH/s/day in October 2021 to $0.11 per TH/s/day in June 2022, according to the “Bitcoin Hashprice Index” — a 75% decline in eight months.',
    ],
    expect: [
      p('$24K', 24000),
      p('$24,000', 24000),
      o('$4.5', 4.5),
      o('$2', 2),
      o('$5', 5),
      o('$2', 2),
      o('$0.412', 0.412),
      o('$0.11', 0.11),
    ],
  },
];
