import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blocking.net/15281/mysterious-predictions-hit-one-after-another-is-btc-rushing-to-56000-according-to-the-script/',
    lang: 'en',
    tags: ['forum', 'prose', 'anaphora'],
    title: 'Mysterious predictions hit one after another, is BTC rushing to $56,000 according to the script?',
    blocks: [
      'Mysterious predictions hit one after another, is BTC rushing to $56,000 according to the script?',
      'A chart on bitcoin price forecasts fired on Reddit. An anonymous author published the forecast on January 21 this year, listing key price points for Bitcoin in 2019 and 2020. According to forecasts, Bitcoin will reach $5,300 in April 2019 and $9,200 in July 2019.',
      "The author's third prediction is that Bitcoin will reach $16,000 in October this year. However, Bitcoin plunged sharply last night and once fell to $9,580, temporarily reporting $9,698, down 4.48% in 24 hours. In other words, Bitcoin will rise 65% in more than a month to reach the target price of $16,000.",
      'The anonymous author also gave his answer – $56,000, the specific time point is July 2020. However, the author predicts that Bitcoin will quickly dive after hitting an all-time high, and the price in November 2020 may be only $8,700.',
      'This picture sparked a hot discussion on the Reddit forum. Netizen jmrooney said that if Bitcoin really reached $16,000 in October, this forecast would trigger a full-fledged FOMO sentiment.',
    ],
    expect: [
      p('$56,000', 56000),
      p('$5,300', 5300),
      p('$9,200', 9200),
      p('$16,000', 16000),
      p('$9,580', 9580),
      p('$9,698', 9698),
      p('$16,000', 16000),
      p('$56,000', 56000),
      p('$8,700', 8700),
      p('$16,000', 16000),
    ],
  },
];
