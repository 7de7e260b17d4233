import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://peopledaily.digital/business/kenya-nigeria-outshine-peers-as-crypto-trading-picks-up-pace-in-africa',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Kenya, Nigeria outshine peers as crypto trading picks up pace in Africa',
    blocks: [
      'The price of Bitcoin climbed to Sh6 million in April 2021, up from Sh4 million in January and as little as Sh500,000 in March last year, making many people rich just as many had lost their jobs.',
    ],
    expect: [p('Sh6 million', 6e6, 'KES'), p('Sh4 million', 4e6, 'KES'), p('Sh500,000', 500000, 'KES')],
  },
];
