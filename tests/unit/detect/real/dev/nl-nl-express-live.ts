import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nl.express.live/bitcoins-overlevingsstrategie-venezuela/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin-‘mining’ is overlevingsstrategie van vele Venezolanen',
    blocks: [
      'Bitcoin-‘mining’ is overlevingsstrategie van vele Venezolanen',
      'In Venezuela is het delven van bitcoins voor velen een manier geworden om te overleven, nu de munt jaarlijks tot 1.600 procent aan waarde verliest. Met het ontginnen van bitcoins blijkt 500 dollar per maand te verdienen, in het huidige Venezuela een klein fortuin.',
    ],
    expect: [o('500 dollar', 500)],
  },
];
