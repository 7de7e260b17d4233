import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.coingecko.com/en/coins/bitcoin',
    lang: 'en',
    tags: ['widget', 'table', 'label-value'],
    title: 'Bitcoin Price: BTC Live Price Chart, Market Cap & News Today | CoinGecko',
    blocks: [
      'Bitcoin',
      'BTC Price',
      {
        text: '$1,247,062,456,157',
        header: 'Market Cap',
        row: 'Market Cap = Current Price x Circulating Supply',
      },
      { text: '0.94', row: 'Market Cap / FDV' },
      { text: '$1,325,032,142,794', row: 'Fully Diluted Valuation' },
      { text: '$22,607,190,013', row: '24 Hour Trading Vol' },
    ],
    expect: [
      o('$1,247,062,456,157', 1247062456157),
      o('$1,325,032,142,794', 1325032142794),
      o('$22,607,190,013', 22607190013),
    ],
  },
];
