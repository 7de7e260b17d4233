import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://primax.broker/en/service/news/782-bitcoin-price-today-falling-below-90k',
    lang: 'en',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin price today: falling below 90K',
    blocks: [
      "The world's largest cryptocurrency was down 5.4% at $90,091.5 as of 08:22 Moscow time.",
      "Bitcoin slipped below $90,000 on Tuesday for the first time in almost seven months, as doubts over the Federal Reserve's rate path and caution over delayed economic data sapped demand for risky assets.",
      'Over the last 24 hours it touched a low of $89,471.4, roughly 30% under its late October peak above $126,000.',
      'The slide gathered pace after bitcoin failed to hold support near $94,000 and printed a "death cross" on its moving averages.',
    ],
    expect: [
      p('$90,091.5', 90091.5),
      p('$90,000', 90000),
      p('$89,471.4', 89471.4),
      p('$126,000', 126000),
      p('$94,000', 94000),
    ],
  },
  {
    url: 'https://primax.broker/en/service/news/782-bitcoin-price-today-falling-below-90k',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin price today: falling below 90K',
    blocks: [
      {
        heading: 'Bitcoin is under Pressure due to a Slowdown in ETF Inflows and Liquidation Waves',
        text: 'Figures from major analytics firms showed that earlier this month more than $19 billion of crypto positions were liquidated in a single 24-hour period, forcing sales.',
      },
      'The last time bitcoin traded below $90,000 was in late April.',
    ],
    expect: [o('$19 billion', 19e9), p('$90,000', 90000)],
  },
];
