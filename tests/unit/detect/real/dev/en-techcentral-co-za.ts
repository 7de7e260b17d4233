import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://techcentral.co.za/bitcoin-tops-r1-million/204275/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin tops R1-million',
    blocks: [
      'One bitcoin will now cost you R1-million. The world’s largest cryptocurrency crossed the line for the first time on Tuesday, helped by a firmer bitcoin and a weaker rand.',
      'On local exchange VALR.com the price went above R1-million in early evening trade before easing to around the R980 000 mark by 9.30pm. At its peak, around 6pm, it reached R1 005 355.',
      'Bitcoin last traded at US$63 515.86 on CoinDesk, after an intraday peak of $64 292.82, not far from the all-time high of $66 974.77 set last month.',
      'Some technical analysts think bitcoin could top $90 000 or even $100 000 by year-end, which at today’s rand/dollar rate would lift the price above R1.5-million.',
    ],
    expect: [
      p('R1-million', 1e6, 'ZAR'),
      p('R1-million', 1e6, 'ZAR'),
      p('R980 000', 980000, 'ZAR'),
      p('R1 005 355', 1005355, 'ZAR'),
      p('US$63 515.86', 63515.86),
      p('$64 292.82', 64292.82),
      p('$66 974.77', 66974.77),
      p('$90 000', 90000),
      p('$100 000', 100000),
      p('R1.5-million', 1.5e6, 'ZAR'),
    ],
  },
  {
    url: 'https://techcentral.co.za/one-bitcoin-now-costs-r1-million/239690',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'One bitcoin now costs R1-million',
    blocks: [
      'One bitcoin now costs R1-million, almost matching the rand record from November 2021, when the token’s dollar price was around $65 000.',
      'Because the rand has weakened a lot since then, bitcoin has gone through R1-million even though it is still well under its record of almost $69 000 from 10 November 2021.',
      'On Ovex it changed hands at a fraction over R1-million shortly after 2.30pm on Wednesday. On VALR and Luno it sat just below, last quoted at about R997 000, and on Altify at R996 000.',
      'The same day, the largest cryptocurrency’s market capitalisation climbed through $1-trillion after the SEC approved the first bitcoin ETFs.',
    ],
    expect: [
      p('R1-million', 1e6, 'ZAR'),
      p('$65 000', 65000),
      p('R1-million', 1e6, 'ZAR'),
      p('$69 000', 69000),
      p('R1-million', 1e6, 'ZAR'),
      p('R997 000', 997000, 'ZAR'),
      p('R996 000', 996000, 'ZAR'),
      o('$1-trillion', 1e12),
    ],
  },
];
