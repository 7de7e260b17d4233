import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.bitstarz.com/miner-capitulation-claims-intensify-after-bitcoin-dump?utm_source=rss&utm_medium=rss&utm_campaign=miner-capitulation-claims-intensify-after-bitcoin-dump',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Miner Capitulation Claims Intensify After Bitcoin Dump',
    blocks: [
      'Miner Capitulation Claims Intensify After Bitcoin Dump',
      'This time is different, Woo argues: six months before the halving the price is still falling, after the surprise spike to $14,000 and the 50% slide that followed. So the charts showing BTC reaching $50,000-$100,000 on the halving assume a bullish starting point that does not exist now.',
    ],
    expect: [p('$14,000', 14000), p('$50,000', 50000), p('$100,000', 100000)],
  },
];
