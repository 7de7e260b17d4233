import { c, o, p, type RealCase } from '../labels';

// JPMorgan's pre-halving note as retold by a news aggregator: spot level, production cost per coin before
// and after the halving, a price the strategists see BTC drifting back to, and a per-kWh cost in cents.
const url = 'https://fvbb.com/ns/jpmorgan-predicts-bitcoin-correction-once/192973';
const title = 'JPMorgan predicts Bitcoin correction once halving euphoria fades';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'A Bitcoin code update in April called “the halving” that will cut the number of tokens issued daily by half to about 450 is being cited by advocates as leading to a supply shortage. Bitcoin has jumped about 45% this year to around $62,000, with demand surging from exchange-traded funds approved in January.',
    ],
    expect: [p('$62,000', 62000)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'The price of Bitcoin has historically risen after a halving event, with so-called miner production cost acting as a lower bound to the price of the asset. Average Bitcoin production cost currently sits at $26,500 per Bitcoin which would “mechanically double” post-halving to $53,000, according to strategists at JPMorgan Chase & Co.',
    ],
    expect: [c('$26,500', 26500), c('$53,000', 53000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'However, as rising difficulty pushes smaller miners out of operation, hashrate could be 20% lower than first estimated, bringing down production costs. With less support in the lower bound, investors may see Bitcoin’s price drifting back toward $42,000 after April, the strategists wrote Thursday.',
    ],
    expect: [p('$42,000', 42000)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'Strategist estimates rest on two key assumptions. First, post-halving electricity cost for miners is estimated at an average of 5 cents per kilowatt hour, which can vary depending on location and scale.',
    ],
    expect: [o('5 cents', 0.05)],
  },
];
