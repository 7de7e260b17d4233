import { p, type RealCase } from '../labels';

// A personal blog post about buying bitcoin in 2014: a price range ("the $600 range") and a
// remembered forecast, told in the first person.
const url = 'https://www.nyctechclub.com/2021/01/11/bitcoin-just-a-quick-little-story-on-where-i-stand/';
const title = 'Bitcoin: just a quick little story on where I stand';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'In 2014, I bought bitcoin when it was priced in the $600 range. I bought it out of curiosity and hype. I still remember the day.',
      'I was sitting at work. The day was about to end.',
    ],
    expect: [p('$600', 600)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title,
    blocks: [
      'I remember the bull run in 2017, I believe. Bitcoin was going crazy, everyone was talking about how it would go to $20k.',
      'I told a few people I bought bitcoin back in the day and they thought I was some psychic.',
    ],
    expect: [p('$20k', 20000)],
  },
];
