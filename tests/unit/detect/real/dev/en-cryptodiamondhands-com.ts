import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptodiamondhands.com/bitcoin-miners-watch-revenues-collapse',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    title: 'Bitcoin miners watch revenues collapse',
    blocks: [
      'While Bitcoin’s price has soared since late 2023, miners are getting crushed. Mining revenue plummeted to $827.56 million in August 2024, down 10.5% from July and a staggering 57% from March’s peak of $1.93 billion.',
      'The cost situation is even more painful. Take Riot Platforms – their cost to mine one Bitcoin shot up to $35,376 in Q3 2024. Factor in equipment depreciation, and that number balloons to $75,506.',
      'Riot’s net loss widened 93% to $154.4 million in Q3 2024. Their per-share loss hit $0.54, even with revenue jumping 65% to $80 million. Despite the industry turmoil, Bitcoin’s price remained strong at Bitcoin price $57,315.',
    ],
    expect: [
      o('$827.56 million', 827.56e6),
      o('$1.93 billion', 1.93e9),
      c('$35,376', 35376),
      c('$75,506', 75506),
      o('$154.4 million', 154.4e6),
      o('$0.54', 0.54),
      o('$80 million', 80e6),
      p('$57,315', 57315),
    ],
  },
];
