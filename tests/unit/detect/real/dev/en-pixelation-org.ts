import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pixelation.org/bitcoin-worth-in-2010-what-most-people-get-wrong-1hwt',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin worth in 2010: what most people get wrong',
    blocks: [
      'Hard to picture now. Bitcoin is sitting at nearly $100,000 and everyone talks as if it was always meant to be digital gold.',
      {
        heading: 'When Bitcoin Was Worth Less Than a Penny',
        text: 'At the very start of 2010 the value was almost comically small: fractions of a cent. On March 17, 2010, the now-defunct BitcoinMarket.com set an exchange rate of roughly $0.003.',
      },
      {
        heading: 'When Bitcoin Was Worth Less Than a Penny',
        text: 'Put differently, one US dollar would have bought you more than 300 Bitcoins. Spend what a latte costs today, say five bucks, and you would be holding 1,500 BTC.',
      },
      {
        heading: 'When Bitcoin Was Worth Less Than a Penny',
        text: 'By mid-summer things began to move. In July 2010 the price "surged" to $0.08.',
      },
    ],
    expect: [
      p('$100,000', 100000),
      p('$0.003', 0.003),
      o('one US dollar', 1),
      o('five bucks', 5),
      p('$0.08', 0.08),
    ],
  },
  {
    url: 'https://pixelation.org/1-bitcoin-to-pkr-why-the-rate-is-shaking-pakistan-markets-right-now-1oiv',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: '1 bitcoin to pkr: why the rate is shaking Pakistan markets right now',
    blocks: [
      'If you are checking the price of 1 bitcoin to pkr today, the figure would have looked like a fever dream a few years back. As of mid-January 2026, the rate is hovering around 26,574,931 PKR.',
      'Yes, really. Over 26 million Rupees for a single digital coin.',
      'It has been a wild month. Only two weeks ago, at the start of January, Bitcoin sat closer to 24.3 million PKR. Then a 9% jump in mid-January sent it vertical.',
    ],
    expect: [
      p('26,574,931 PKR', 26574931, 'PKR'),
      p('26 million Rupees', 26e6, 'PKR'),
      p('24.3 million PKR', 24.3e6, 'PKR'),
    ],
  },
];
