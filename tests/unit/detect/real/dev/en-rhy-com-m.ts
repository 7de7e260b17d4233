import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://en.rhy.com/news/detail/id/151.html',
    lang: 'en',
    tags: ['cost', 'format'],
    title: 'What is the mining cost of bitcoin if only electricity is counted?',
    blocks: [
      'We take the Ebang Ebit E10 as the most energy-efficient machine today, at 18TH/s and 1.65kW/h. Using the current average industrial power tariff, the mining electricity fee is 0.01043 US dollars kW / h.',
    ],
    expect: [o('0.01043 US dollars', 0.01043)],
  },
];
