import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coincentral.com/gold-crashes-hard-why-bitcoin-is-rising-as-the-precious-metal-falls',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Gold Crashes Hard: Why Bitcoin Is Rising as the Precious Metal Falls',
    blocks: [
      {
        heading: 'TLDR',
        text: '- Gold suffered its biggest one-day drop in over 12 years on October 21, falling more than 6% after reaching a record $4,381 per ounce on Monday',
      },
      {
        heading: 'TLDR',
        text: '- The metal shed around $2.1 trillion of market capitalization in a day, slipping to about $4,129 per ounce',
      },
      {
        heading: 'TLDR',
        text: '- Bitcoin rose 0.51% over the same stretch to trade at $108,491, prompting talk of money rotating from gold into crypto',
      },
      {
        heading: 'Bitcoin Gains as Gold Falls',
        text: 'As gold tumbled, Bitcoin went the other way. The cryptocurrency gained 0.51% over 24 hours and was trading at $108,491 at press time.',
      },
    ],
    expect: [
      o('$4,381', 4381),
      o('$2.1 trillion', 2.1e12),
      o('$4,129', 4129),
      p('$108,491', 108491),
      p('$108,491', 108491),
    ],
  },
];
