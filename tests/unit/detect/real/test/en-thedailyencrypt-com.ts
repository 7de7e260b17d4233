import { c, p, type RealCase } from '../labels';

// Crypto blog rewrite of a bank's production-cost estimate: per-coin production costs (cost), one of
// them repeated as the bank's price-bottom call (price), and a data provider's competing cost.
export const cases: RealCase[] = [
  {
    url: 'https://www.thedailyencrypt.com/does-it-cost-a-lot-to-mine-1-bitcoin-lets-take-a-look/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Does it Cost a lot to Mine 1 Bitcoin, Let’s Take a Look',
    blocks: [
      'A report by JPMorgan estimates that the cost of producing one Bitcoin is now $13,000, down from $24,000 at June’s start.',
      'According to the New York-based bank, Bitcoin’s bottom might be as low as $13,000, a drop of 45% from today’s prices.',
      'According to MacroMicro data, the production cost is still just over $17,700.',
    ],
    expect: [c('$13,000', 13000), c('$24,000', 24000), p('$13,000', 13000), c('$17,700', 17700)],
  },
];
