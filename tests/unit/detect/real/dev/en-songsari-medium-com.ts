import { p, type RealCase } from '../labels';

// A personal blog post comparing the 2018 and 2021 drawdowns: every level is a bare "19.7k"-style number in
// "(x to y)" pairs under date lines, and the targets are dash ranges whose first end carries no "k" ("25–28k").
const url =
  'https://songsari.medium.com/bitcoin-price-prediction-a70c9e572067?source=post_internal_links---------1----------------------------';
const title = 'Bitcoin Price Prediction';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      'After thinking about Bitcoin for a while, I expect the price to correct to 16–18 k USD, on a projected timeline of Q4 2021 or Q1 2022.',
      'First I will draw some parallels between the 2018 Bitcoin correction and the 2021 one.',
      'December 17th 2017: 19.7k',
      'April 12th 2021: 64.8k',
      'First Crash',
      'December 17th — 22nd 2017 ( 19.7k to 11.2k)',
      'April 12th — 25th 2021 (64.8k to 47k)',
      'Second Crash',
      'Jan 6th — 17th 2018 (17.2k to 9.2k)',
      'May 12th — 19th 2021 ( 59.6k to 30k)',
    ],
    expect: [
      p('16', 16000),
      p('18 k USD', 18000),
      p('19.7k', 19700),
      p('64.8k', 64800),
      p('19.7k', 19700),
      p('11.2k', 11200),
      p('64.8k', 64800),
      p('47k', 47000),
      p('17.2k', 17200),
      p('9.2k', 9200),
      p('59.6k', 59600),
      p('30k', 30000),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title,
    blocks: [
      'And below are my target ranges.',
      'I expect the price to visit the 25–28k range, much like the Feb — Apr 2018 crash. Then it will probably bounce back to around 30–35k, like the Apr — May 2018 recovery. It will then likely crash back to the 23–27k range, like the May — July 2018 crash. Then at the end of the correction, bitcoin will probably crash to my target range of 16–18k.',
    ],
    expect: [
      p('25', 25000),
      p('28k', 28000),
      p('30', 30000),
      p('35k', 35000),
      p('23', 23000),
      p('27k', 27000),
      p('16', 16000),
      p('18k', 18000),
    ],
  },
];
