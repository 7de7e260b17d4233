// Bitcoin price-prediction page: key-highlight bullets (live price, a short-term target under a "BTT" typo), a
// Year / Minimum Price / Maximum Price forecast table, then per-year prose repeating the range and an average.
import { p, type RealCase } from '../labels';

const year = (y: string, min: string, max: string) => [
  { text: y, header: 'Year', row: y },
  { text: min, header: 'Minimum Price', row: y },
  { text: max, header: 'Maximum Price', row: y },
];

export const cases: RealCase[] = [
  {
    url: 'https://namecoinnews.com/bitcoin-price-prediction/amp',
    lang: 'en',
    tags: ['table', 'label-value', 'prose'],
    title: 'Bitcoin (BTC) Price Prediction 2024-2050',
    blocks: [
      'Bitcoin (BTC) Price Prediction 2024-2050',
      'Key points from our latest look at Bitcoin’s price and where it may go next.',
      'The live price of Bitcoin is $63,301 (BTC/USD).',
      'Our recent BTT price forecast says it will climb 20.26% and reach $77,242 by July 10, 2024.',
      'Bitcoin has had 16/30 (53%) green days and 4.87% price volatility.',
      {
        text: 'Yearly Bitcoin Price Predictions 2024-2030',
        heading: 'Yearly Bitcoin Price Predictions 2024-2030',
      },
      { text: 'Year', header: 'Year' },
      { text: 'Minimum Price', header: 'Minimum Price' },
      { text: 'Maximum Price', header: 'Maximum Price' },
      ...year('2024', '$65,010', '$115,462'),
      ...year('2025', '$65,034', '$174,896'),
      ...year('2026', '$124,389', '$178,394'),
      ...year('2027', '$93,310', '$142,580'),
      ...year('2028', '$77,267', '$128,009'),
      ...year('2029', '$108,677', '$266,680'),
      ...year('2030', '$225,971', '$306,038'),
      {
        text: 'For 2025 the forecast puts Bitcoin between a low of $65,034 and a high of $174,896. Measured against the current price, the top of that range would be a 174.92% gain.',
        heading: 'Bitcoin Price Prediction 2025',
      },
      {
        text: 'Drawing on expert analysis and market trends, the 2027 outlook gives a minimum of $93,310 and a maximum of $142,580. On average, the coin should trade at $117,945.',
        heading: 'Bitcoin Price Prediction 2027',
      },
    ],
    expect: [
      p('$63,301', 63301),
      p('$77,242', 77242),
      p('$65,010', 65010),
      p('$115,462', 115462),
      p('$65,034', 65034),
      p('$174,896', 174896),
      p('$124,389', 124389),
      p('$178,394', 178394),
      p('$93,310', 93310),
      p('$142,580', 142580),
      p('$77,267', 77267),
      p('$128,009', 128009),
      p('$108,677', 108677),
      p('$266,680', 266680),
      p('$225,971', 225971),
      p('$306,038', 306038),
      p('$65,034', 65034),
      p('$174,896', 174896),
      p('$93,310', 93310),
      p('$142,580', 142580),
      p('$117,945', 117945),
    ],
  },
];
