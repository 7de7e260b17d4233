import { o, p, type RealCase } from '../labels';

// A re-spun copy of a "what $100 in Bitcoin would be worth" listicle: each dated entry gives the coin's
// price then and the value of the $100 stake now (sums invested and holdings are not prices).
const url =
  'https://cryptonewsbtc.org/2021/02/08/how-much-100-would-be-worth-today-if-you-had-invested-earlier/';
const title = 'How much $100 would be worth today if you had invested earlier';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'How much $100 would be worth today if you had invested earlier',
      'On the heels of Tesla’s purchase of $1.5 billion in Bitcoin, the cryptocurrency is hotter than ever, hitting new highs and nudging extra fence-sitters into motion.',
      'For years, lovers and skeptics have watched them redefine volatility, with costs typically altering by hundreds of {dollars} every day.',
      'Right here’s a look at what a token $100 funding in Bitcoin would be value as of midmorning Monday, when the worth of a Bitcoin, per Coindesk, is $43,741.59.',
    ],
    expect: [o('$100', 100), o('$1.5 billion', 1.5e9), o('$100', 100), p('$43,741.59', 43741.59)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'July 28, 2010: Within the early days, a Bitcoin cost traders simply 6¢ each. That $100 funding would now be value (brace yourself) $72,902,650.',
    ],
    expect: [p('6¢', 0.06), o('$100', 100), o('$72,902,650', 72902650)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Dec.12, 2011: It didn’t take long for Bitcoin to gain ground. Within a year, it was selling for $3.19, which means your $100 would purchase you 31.3 Bitcoin—that are value $1,371,210 as we speak.',
    ],
    expect: [p('$3.19', 3.19), o('$100', 100), o('$1,371,210', 1371210)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Dec. 10, 2012: By late 2012, Bitcoin had jumped to $13.54 each. Your $100 would have a present worth of $323,055.',
    ],
    expect: [p('$13.54', 13.54), o('$100', 100), o('$323,055', 323055)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Dec. 16, 2013: That is the year that Bitcoin started its real climb. By December, it was selling for $638, which (at the time) seemed unthinkable. You’d have only gotten a portion of a Bitcoin for your $100, but it would still be value $6,856.',
    ],
    expect: [p('$638', 638), o('$100', 100), o('$6,856', 6856)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Dec. 8, 2014: The rally, it seemed, was over. Bitcoin had slumped to $350 in late 2014. It would have been a great time to buy. A $100 funding would have a value of $12,498 today.',
    ],
    expect: [p('$350', 350), o('$100', 100), o('$12,498', 12498)],
  },
];
