import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.itiger.com/news/2533227765',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin, XRP Price Fall. Watch the Fed for the Next Crypto Catalyst. -- Barrons.com',
    blocks: [
      'Bitcoin edged lower early Monday, with the crypto sector on hold before Wednesday’s Federal Reserve rate decision.',
      'The world’s largest digital coin by market value, Bitcoin, is down 0.3% to $94,620 over 24 hours, CoinDesk data show. XRP and Ether lost 3.1% and 1.2%.',
    ],
    expect: [p('$94,620', 94620)],
  },
];
