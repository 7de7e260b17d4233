import { o, p, type RealCase } from '../labels';

// Forex-news aggregator reprinting a crypto wire on miner capitulation: BTC quote and the level it
// bounced back to (price), and the miners' daily revenue then and now (other).
export const cases: RealCase[] = [
  {
    url: 'https://forexnews.one/bitcoin-btc-price-bottom-is-near-as-miners-capitulating-near-ftx-implosion',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin (BTC) Price Bottom Is Near as Miners Capitulating Near FTX Implosion',
    blocks: [
      'Bitcoin is currently trading at $60,300 after sliding by 3% on Wednesday. This level has acted as critical support since April, with bitcoin bouncing from this region three times before heading back towards the $70,000 mark.',
      'Miners’ daily revenue fell to $29 million today from $79 million on March 6, leading miners to turn off equipment.',
    ],
    expect: [p('$60,300', 60300), p('$70,000', 70000), o('$29 million', 29e6), o('$79 million', 79e6)],
  },
];
