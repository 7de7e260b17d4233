import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btcturk.medium.com/bitcoins-peaks-and-troughs-5bc712d09621',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin’s Peaks and Troughs',
    blocks: [
      'Bitcoin’s Peaks and Troughs',
      'BtcTurk, Turkey’s first Bitcoin and cryptocurrency exchange, was the fourth to open worldwide. On July 1, 2013 it ran the first Bitcoin to Turkish Lira trade, between founder Kerem Tibuk and CTO Ozan Yurtseven: 0.3 BTC changed hands, with one BTC priced at 183 Turkish Liras.',
      'In the seven years since that first Lira trade, Bitcoin’s price has gone past 215.000 Turkish Liras. The table below shows the highs and lows of each of those years.',
    ],
    expect: [p('183 Turkish Liras', 183, 'TRY'), p('215.000 Turkish Liras', 215000, 'TRY')],
  },
];
