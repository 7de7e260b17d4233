import { p, type RealCase } from '../labels';

// Explainer on the June 2011 Mt. Gox flash crash: tiny historic prices down to a cent ("$0.01"),
// several in sentences about "the price" on the exchange rather than Bitcoin by name.
export const cases: RealCase[] = [
  {
    url: 'https://pptfa.com/1501.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'The 2011 MtGox Bitcoin Flash Crash',
    blocks: [
      'In the summer of 2011, within a few days the price of Bitcoin on the MtGox exchange fell from a high of $32 to a mere $0.01.',
      {
        text: 'Earlier that year its price had climbed from around $2 to a peak of $32, drawing attention from a small but growing community.',
        heading: 'Background: Bitcoin’s Early Volatility',
      },
      {
        text: 'On June 20th a massive sell order hit the exchange, and the price nosedived from around $17.50 to $0.01, where it traded for several minutes.',
        heading: 'The June 2011 MtGox Security Breach',
      },
    ],
    expect: [p('$32', 32), p('$0.01', 0.01), p('$2', 2), p('$32', 32), p('$17.50', 17.5), p('$0.01', 0.01)],
  },
];
