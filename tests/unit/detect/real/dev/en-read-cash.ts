import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://read.cash/@Folly/bitcoins-record-breaking-surge-means-one-man-ended-up-paying-ps440m-for-two-pizzas-59d2193d',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: "Bitcoin's record-breaking surge means one man ended up paying £440m for two pizzas",
    blocks: [
      'Bitcoin has hit a new all-time high, with prices breaking £44,000 for the first time.',
      'Saturday’s spike came exactly a year after the volatile cryptocurrency lost half its value in two days and fell to £2,873. It is up 1,431% over the past 12 months.',
      'Some analysts think the digital asset could reach £70,000 this year, while others fear sharp sell-offs ahead.',
      'Tesla stoked interest when the carmaker said last month it had invested $1.5bn (£1.1bn) in the cryptocurrency.',
    ],
    expect: [
      p('£44,000', 44000, 'GBP'),
      p('£2,873', 2873, 'GBP'),
      p('£70,000', 70000, 'GBP'),
      o('$1.5bn', 1.5e9),
      o('£1.1bn', 1.1e9, 'GBP'),
    ],
  },
];
