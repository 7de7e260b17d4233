import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://paragraph.xyz/@dhk/web3dom-30-looking-back-after-three-years-buying-dollar100-of-bitcoin-every-day',
    lang: 'en',
    tags: ['format', 'prose', 'anaphora'],
    title: 'web3dom #30 - Looking Back After Three Years: Buying $100 of Bitcoin Every Day',
    blocks: [
      'web3dom #30 - Looking Back After Three Years: Buying $100 of Bitcoin Every Day',
      "You might not believe it, but I had already planned this week's topic, and it's not just because Bitcoin's price has surged past USD40,000 again. Let's assume Bitcoin is currently priced at USD30,000 for our discussion. After all, my main point is not about the specific numbers, but the mindset.",
      '3. Regular and fixed-amount investing; no matter how high or low the market goes, buy $100 daily.',
    ],
    expect: [o('$100', 100), p('USD40,000', 40000), p('USD30,000', 30000), o('$100', 100)],
  },
];
