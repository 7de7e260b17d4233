import { o, p, type RealCase } from '../labels';

// Blog anecdotes: a fortune in a landfill, a per-coin range "$120-150" (second end bare), a total range.
export const cases: RealCase[] = [
  {
    url: 'https://cryptona.co/millionaires-lost-bitcoin-savings-forever/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Would be millionaires that lost their bitcoin savings forever.',
    blocks: [
      {
        heading: 'Ridiculous bitcoin losses.',
        text: 'Take James Howells for example. He accidentally tossed a hard drive he meant to keep in the trash. On it he had 7,500 bitcoins, worth over $70 million dollars. He has spent a lot of time digging through local landfills trying to find his lost fortune.',
      },
      {
        heading: 'Ridiculous bitcoin losses.',
        text: 'I knew a gentleman who was buying computer gear online with bitcoins back in 2013. If I recall correctly, 1 bitcoin cost about $120-150 when misfortune struck. He made the transfer, but the platform went down as soon as he sent the BTC. So not only did he lose his 8-6 bitcoins back then, he never got his parts either.',
      },
      {
        heading: 'Ridiculous bitcoin losses.',
        text: 'If he had just held on to his bitcoins and used fiat, he would have been sitting on $58,000-$75,000 right now.',
      },
    ],
    expect: [
      o('$70 million dollars', 70e6),
      p('$120', 120),
      p('150', 150),
      o('$58,000', 58000),
      o('$75,000', 75000),
    ],
  },
];
