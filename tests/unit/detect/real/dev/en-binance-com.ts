import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.com/en-KZ/square/post/12927683286201',
    lang: 'en',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin could hit $150,000 by end of 2024, analyst says',
    blocks: [
      'Bitcoin (BTC), the world’s leading cryptocurrency, may be on the verge of a big move. One expert says it could reach $150,000 by the end of 2024.',
      'If the pattern holds, Bitcoin could more than double from its current price of around $64,000 and hit the $150,000 mark by year-end, Coutts argues.',
      'Not everyone agrees. Analyst Alan Santana warned that the price could revisit $40,000 or lower before finding solid support.',
      '“Bitcoin’s baseline sits around ~$40,000. This is a major support level and very likely to be tested. The second stop would be the price at which Bitcoin traded back in September/October 2023, before the final impulse of the bullish wave that led to the $73,777 All-Time High.”',
    ],
    expect: [
      p('$150,000', 150000),
      p('$64,000', 64000),
      p('$150,000', 150000),
      p('$40,000', 40000),
      p('$40,000', 40000),
      p('$73,777', 73777),
    ],
  },
];
