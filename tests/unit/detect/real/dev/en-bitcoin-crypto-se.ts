import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoin-crypto.se/2021/01/08/is-btc-going-to-24k/',
    lang: 'en',
    tags: ['forum', 'format'],
    title: 'Is BTC going to 24k?',
    blocks: [
      'Is BTC going to 24k?',
      'I see these ridiculous theories every day in the chat about how Bitcoin is going down to $20K or some such ridiculous low number. If you just look at the BASIC trend, how could you ever come to that conclusion?',
    ],
    expect: [p('24k', 24000), p('$20K', 20000)],
  },
];
