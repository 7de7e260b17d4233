import { o, p, type RealCase } from '../labels';

// Crypto news analysis of Pizza Day: the value of 10,000 BTC (totals) around one BTC peak level.
export const cases: RealCase[] = [
  {
    url: 'https://thechainjournal.org/?p=14802',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin Pizza Day: 10,000 BTC’s Value Today',
    blocks: [
      {
        text: 'Laszlo Hanyecz paid 10,000 BTC for two pizzas, and that trade has become the simplest way to show how far Bitcoin has come. At roughly today’s market range, that stack is worth around $780 million, depending on the BTC quote used.',
        heading: 'Bitcoin Pizza Day And The Price Of Time',
      },
      {
        text: 'At Bitcoin’s October 2025 peak near $126,000, those same coins would briefly have been worth more than $1.2 billion.',
        heading: 'How Much Is Bitcoin Pizza Day Worth Today?',
      },
    ],
    expect: [o('$780 million', 780e6), p('$126,000', 126000), o('$1.2 billion', 1.2e9)],
  },
];
