import { p, type RealCase } from '../labels';

const H = ['Year', 'Minimum Price', 'Average Price', 'Maximum Price', 'Potential ROI'];
const row = (year: string, min: string, avg: string, max: string, roi: string) =>
  [year, min, avg, max, roi].map((text, i) => ({ text, header: H[i], row: year }));

export const cases: RealCase[] = [
  {
    url: 'https://cryptoofficiel.com/bitcoin-btc-price-prediction/',
    lang: 'en',
    tags: ['table', 'anaphora'],
    title: 'Bitcoin (BTC) Price Prediction 2025, 2026, 2030-2050 | Realistic Forecast',
    blocks: [
      'Bitcoin (BTC) Price Prediction 2025, 2026, 2030-2050 | Realistic Forecast',
      { text: 'Key Takeaways', heading: 'Key Takeaways' },
      { text: 'Bitcoin could surpass $135,000 in 2025 if bullish momentum holds.', heading: 'Key Takeaways' },
      {
        text: 'By 2030, BTC may trade around $350,000 and could even reach $1 million.',
        heading: 'Key Takeaways',
      },
      {
        text: 'Long-term forecasts suggest Bitcoin could reach $10 Million by 2050.',
        heading: 'Key Takeaways',
      },
      { text: 'Bitcoin Price Prediction Estimator', heading: 'Bitcoin Price Prediction Estimator' },
      {
        text: 'Pick a time range and the estimator returns monthly projections, with minimum, average and maximum price targets and the potential ROI.',
        heading: 'Bitcoin Price Prediction Estimator',
      },
      ...row('2025', '$118,805', '$124,768', '$132,535', '15%'),
      ...row('2026', '$172,857', '$184,930', '$204,189', '48.3%'),
      ...row('2027', '$245,000', '$252,879', '$296,000', '102.6%'),
      ...row('2028', '$345,000', '$364,000', '$422,000', '191.6%'),
      ...row('2029', '$491,000', '$514,000', '$602,000', '311.7%'),
      ...row('2030', '$710,000', '$740,000', '$870,000', '493.4%'),
    ],
    expect: [
      p('$135,000', 135000),
      p('$350,000', 350000),
      p('$1 million', 1e6),
      p('$10 Million', 1e7),
      p('$118,805', 118805),
      p('$124,768', 124768),
      p('$132,535', 132535),
      p('$172,857', 172857),
      p('$184,930', 184930),
      p('$204,189', 204189),
      p('$245,000', 245000),
      p('$252,879', 252879),
      p('$296,000', 296000),
      p('$345,000', 345000),
      p('$364,000', 364000),
      p('$422,000', 422000),
      p('$491,000', 491000),
      p('$514,000', 514000),
      p('$602,000', 602000),
      p('$710,000', 710000),
      p('$740,000', 740000),
      p('$870,000', 870000),
    ],
  },
];
