import { o, p, type RealCase } from '../labels';

// Two retrospective posts on the December 2017 top: one quoting Reddit comments from the peak day (a small
// buy-in amount next to "Bitcoin"), one listing the run's start and end levels and the "$30k"/"$100k" calls.
export const cases: RealCase[] = [
  {
    url: 'https://fullycrypto.com/bitcoin-hit-19800-a-year-ago-today',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'Bitcoin Hit $19,800 a Year Ago Today',
    blocks: [
      'Bitcoin Hit $19,800 a Year Ago Today',
      'December 17, 2017 is, for anyone who was in crypto back then, either a treasured memory or a day they would rather forget. Bitcoin opened the day at $19,500 and would reach $23,000 on some exchanges before it was over. The media had spent the better part of two weeks whipping up the hype.',
      'A few posts from the Reddit cryptocurrency board on December 17, 2017 show how the mood of the moment carried ordinary investors along:',
      'I own a Ford dealership and sold my first car via Bitcoin last week. Hopefully many more to come. My office manager won’t be happy when I tell her that I’m letting 2.5 BTC ride.',
      'I’m starting carefully, but I just put a small $150 into Bitcoin about an hour ago. It’s my first time. Wish I had started years ago, of course.',
    ],
    expect: [p('$19,800', 19800), p('$19,500', 19500), p('$23,000', 23000), o('$150', 150)],
  },
  {
    url: 'https://fullycrypto.com/remembering-bitcoins-all-time-high-two-years-on',
    lang: 'en',
    tags: ['forum', 'prose', 'format'],
    blocks: [
      'Bitcoin set its all-time high of $19,670 two years ago today, and we are not above a little misty-eyed looking back. Bitcoin’s run from $983 on January 1, 2017 to $19,670 on December 17 made headlines around the world, made some people millionaires, and spawned predictions that this was only the start, that it could see $30k by year’s end before pushing on to $100k.',
    ],
    expect: [p('$19,670', 19670), p('$983', 983), p('$19,670', 19670), p('$30k', 30000), p('$100k', 100000)],
  },
];
