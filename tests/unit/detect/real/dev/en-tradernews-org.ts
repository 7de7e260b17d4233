import { c, type RealCase } from '../labels';

// TraderNews (reworded NewsBTC) on Charles Edwards' chart: the production cost per coin in one
// paragraph, the next saying it is where spot trades (no amount), then a quoted electricity cost.
export const cases: RealCase[] = [
  {
    url: 'https://tradernews.org/?p=31946',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      {
        heading: 'Bitcoin has returned to production costs',
        text: 'In a fresh post on X, Capriole Investments founder Charles Edwards noted that Bitcoin is back at production costs, a metric estimating the global average USD cost of producing one token per day.',
      },
      'As the chart Edwards shared shows, the cost of producing Bitcoin currently stands around $62,650.',
      'That level is about where the Bitcoin spot price sits today, so if the estimate holds, miners are merely breaking even.',
      '“Historically, the best opportunities for long-term value have been between this area and the cost of electricity, currently $50,000,” the analyst noted. The electricity cost here is what miners pay for power alone.',
    ],
    expect: [c('$62,650', 62650), c('$50,000', 50000)],
  },
];
