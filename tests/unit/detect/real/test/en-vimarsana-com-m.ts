import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vimarsana.com/article/market-bounces-back-after-last-weeks-lull-but-can-it-be-sustained',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format', 'label-value'],
    title: 'Market bounces back after last week’s lull, but can it be sustained?',
    blocks: [
      '$1,957,483,335,553. What Bitcoin did yesterday $49,004.25 – down from $50,050.87 the day before. Yesterday’s high was $50,506.02and the low was $47,159.49. A year ago the price of Bitcoin closed the day at $7,569.94. In 2019 the close was $5,210.52.',
      {
        text: 'At the time of writing, Bitcoin’s market capitalisation is $982.71 billion. For comparison, gold’s market cap is $11.298 trillion and Alphabet (Google) is $1.541 trillion.',
        heading: 'Bitcoin market capitalisation',
      },
      {
        text: 'Spot trading volume across all exchanges over the past 24 hours was $58,884,766,713.',
        heading: 'Bitcoin volume',
      },
    ],
    expect: [
      o('$1,957,483,335,553', 1957483335553),
      p('$49,004.25', 49004.25),
      p('$50,050.87', 50050.87),
      p('$50,506.02', 50506.02),
      p('$47,159.49', 47159.49),
      p('$7,569.94', 7569.94),
      p('$5,210.52', 5210.52),
      o('$982.71 billion', 982.71e9),
      o('$11.298 trillion', 11.298e12),
      o('$1.541 trillion', 1.541e12),
      o('$58,884,766,713', 58884766713),
    ],
  },
];
