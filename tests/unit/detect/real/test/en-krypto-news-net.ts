import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://krypto-news.net/bitcoin/riot-blockchains-financial-report-showcases-notable-improvements-despite-missing-estimates/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Riot Platforms Confirms Growth Despite Missing Financial Estimates',
    blocks: [
      'Riot Platforms Confirms Growth Despite Missing Financial Estimates',
      'Bitcoin miner Riot Platforms has published its third-quarter report, showing clear progress even though it fell short of earnings and sales forecasts. The company produced 1,106 Bitcoins in the quarter, up from 1,042 Bitcoins a year earlier. More deployed miners drove the gain, partly offset by heavier curtailment under its power strategy and rising network difficulty. Total revenue climbed to $51.9 million from $46.3 million in the 2022 quarter, helped by higher output and a higher average Bitcoin price, which averaged $28,230 per Bitcoin for the quarter, 33% above the prior year.',
      {
        text: 'Riot’s average cost to mine Bitcoin was $6,141 in Q3, a marked improvement on $8,227 per Bitcoin in the same quarter of 2022. The company also earned $49.6 million in power curtailment credits, far above the $13.1 million earned a year before. Through its 2023 At-the-Market Offering it raised net proceeds of about $126.0 million in the quarter and a further $101.1 million after September 30, 2023, more than $200 million in total.',
        heading: 'Riot’s Average Cost to Mine BTC and Capital Raises',
      },
      {
        text: 'Bitcoin miners saw their stocks gain more than 10% last week as the leading cryptocurrency rose past $35,000, near its 17-month high. On Friday Marathon Digital Holdings rose 10.54% to trade at $9.86.',
        heading: 'Looking Ahead',
      },
    ],
    expect: [
      o('$51.9 million', 51.9e6),
      o('$46.3 million', 46.3e6),
      p('$28,230', 28230),
      c('$6,141', 6141),
      c('$8,227', 8227),
      o('$49.6 million', 49.6e6),
      o('$13.1 million', 13.1e6),
      o('$126.0 million', 126e6),
      o('$101.1 million', 101.1e6),
      o('$200 million', 200e6),
      p('$35,000', 35000),
      o('$9.86', 9.86),
    ],
  },
];
