import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://studio.glassnode.com/charts/market.PriceUsdOhlc?a=BTC&s=1703492302&u=1741168800&zoom=&utm_source=gn_insights&utm_medium=insights_woc&utm_campaign=woc_09_2025',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'Price OHLC — BTC | Glassnode Studio',
    blocks: [
      'The Open, High, Low and Close prices of BTC in USD, aggregated from centralised and decentralised exchanges.',
      'Latest Values',
      'as of 07 Jun 2026Open$60,859.86\nHigh$64,021.28\nLow$60,725.34\nClose$63,290.34',
    ],
    expect: [
      p('$60,859.86', 60859.86),
      p('$64,021.28', 64021.28),
      p('$60,725.34', 60725.34),
      p('$63,290.34', 63290.34),
    ],
  },
  {
    url: 'https://studio.glassnode.com/charts/c27227f4-506f-4bde-49b4-1e0d80150dd1?resolution=1w',
    lang: 'en',
    tags: ['cost'],
    title: 'Difficulty Regression Model (Price) | Glassnode Studio',
    blocks: [
      'Difficulty Regression Model (Price)',
      'The Difficulty Regression Model estimates Bitcoin’s all-in sustaining cost of production, treating Difficulty as the distilled mining "price".',
      'C = 4,294,967,296',
    ],
    expect: [],
  },
];
