import { p, type RealCase } from '../labels';

// A first-person column written while watching the ticker: three successive levels in one paragraph,
// only the first sentence naming "the bitcoin price".
export const cases: RealCase[] = [
  {
    url: 'https://www.livebitcoinnews.com/oh-bitcoin-art-thou/',
    lang: 'en',
    tags: ['forum', 'prose', 'anaphora'],
    title: 'Oh Bitcoin, Where Art Thou?',
    blocks: [
      'Oh Bitcoin, Where Art Thou?',
      'Argh, when is bitcoin going to make up its mind?',
      'I have been watching the price like an obsessive hound dog for the last few hours. My morning started with the bitcoin price hovering at around $255. A little while ago I checked again and it had dropped to $240. Now I look again, and it is meandering along the $237 line. What is going on?',
    ],
    expect: [p('$255', 255), p('$240', 240), p('$237', 237)],
  },
];
