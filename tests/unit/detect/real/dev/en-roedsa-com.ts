// Bitcoin outlook page with a year-by-year forecast table (Year / Projected Maximum / Projected Minimum BTC
// Price, cells carry their column header and year row) between prose that names targets and Fibonacci levels.
import { p, type RealCase } from '../labels';

const MAX = 'Projected Maximum BTC Price';
const MIN = 'Projected Minimum BTC Price';
const year = (y: string, max: string, min: string) => [
  { text: y, header: 'Year', row: y },
  { text: max, header: MAX, row: y },
  { text: min, header: MIN, row: y },
];

export const cases: RealCase[] = [
  {
    url: 'https://roedsa.com/398.html',
    lang: 'en',
    tags: ['table', 'prose'],
    title: 'Bitcoin Price Predictions: A Comprehensive Outlook',
    blocks: [
      'Bitcoin Price Predictions: A Comprehensive Outlook',
      'The Bitcoin bull market has returned, carried this time by ETF approvals and the 2024 halving, with the price climbing above $100,000 per BTC. Technical and fundamental readings point to a path that could reach $679,000 by 2035.',
      {
        text: 'Long-Term Bitcoin Price Forecast by Year',
        heading: 'Long-Term Bitcoin Price Forecast by Year',
      },
      {
        text: 'The table below gives our projected yearly high and low price forecasts for Bitcoin through 2035.',
        heading: 'Long-Term Bitcoin Price Forecast by Year',
      },
      { text: 'Year', header: 'Year' },
      { text: MAX, header: MAX },
      { text: MIN, header: MIN },
      ...year('2024', '$77,021', '$31,810'),
      ...year('2025', '$189,313', '$59,537'),
      ...year('2026', '$147,664', '$51,466'),
      ...year('2027', '$124,692', '$62,346'),
      ...year('2028', '$177,063', '$109,779'),
      ...year('2029', '$398,391', '$199,196'),
      ...year('2030', '$420,248', '$235,815'),
      ...year('2035', '$679,156', '$339,578'),
      {
        text: 'On Fibonacci levels, once the $103,000 level gives way on strong volume, BTC could clear $112,000 and move on to $120,000 fairly quickly.',
        heading: 'Short-Term BTC Analysis',
      },
      {
        text: 'The MACD has not yet flashed a buy signal. Even so, a move to $147,000 in the medium term should not be a major hurdle.',
        heading: 'Short-Term BTC Analysis',
      },
    ],
    expect: [
      p('$100,000', 100000),
      p('$679,000', 679000),
      p('$77,021', 77021),
      p('$31,810', 31810),
      p('$189,313', 189313),
      p('$59,537', 59537),
      p('$147,664', 147664),
      p('$51,466', 51466),
      p('$124,692', 124692),
      p('$62,346', 62346),
      p('$177,063', 177063),
      p('$109,779', 109779),
      p('$398,391', 398391),
      p('$199,196', 199196),
      p('$420,248', 420248),
      p('$235,815', 235815),
      p('$679,156', 679156),
      p('$339,578', 339578),
      p('$103,000', 103000),
      p('$112,000', 112000),
      p('$120,000', 120000),
      p('$147,000', 147000),
    ],
  },
];
