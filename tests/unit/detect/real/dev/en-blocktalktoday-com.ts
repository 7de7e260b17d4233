import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blocktalktoday.com/news/bitcoin-price-dip-anticipation-70k',
    lang: 'en',
    tags: ['forum', 'format', 'prose'],
    title: 'Bitcoin price dip anticipation: 70K?',
    blocks: [
      "As Bitcoin's price fluctuates, tension is growing among crypto investors over a potential drop to $70,000. Conversations from various forums highlight contrasting views on whether this dip is actually on the cards.",
      'In the latest discussions, some believe that $70K could be a reasonable target, with one user predicting, "60-70K is a reasonable bottom next year." This stance, however, faces backlash from skeptics who caution, "No way homie. At least not anytime soon."',
      'Pessimism vs. Optimism: While one user posted, "Better chance of it being 170k ;)" many others voiced skepticism about the predicted dip, emphasizing that waiting for $70K might not be wise.',
      'Strategies for Movement: "If you\'re waiting for 70K, why don’t you just short it?"',
      '“It actually will. Even 65K is possible within the next 15 months or so,”',
      "There's a strong chance Bitcoin could hit the $70,000 mark within the upcoming months, especially if current trends hold steady.",
    ],
    expect: [
      p('$70,000', 70000),
      p('$70K', 70000),
      p('60', 60000),
      p('70K', 70000),
      p('170k', 170000),
      p('$70K', 70000),
      p('70K', 70000),
      p('65K', 65000),
      p('$70,000', 70000),
    ],
  },
];
