import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.pandavana.com/why-is-the-price-of-bitcoin-different-on-exchanges-at-the-same-time/',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'Why is the price of Bitcoin different on exchanges at the same time?',
    blocks: [
      'Here’s a common question. So if someone looks up the price of Bitcoin on one exchange and it’s listed at let’s say $28,450, but on another it’s $28,125, what is going on?',
      'Don’t worry, it’s not unusual and there’s no need to feel like something shady is going on.',
    ],
    expect: [p('$28,450', 28450), p('$28,125', 28125)],
  },
];
