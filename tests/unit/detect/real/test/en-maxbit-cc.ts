import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://maxbit.cc/bitcoin-miners-approaching-breakeven-point-amid-price-drop-u-today',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Miners Approaching Breakeven Point Amid Price Drop',
    blocks: [
      'Since Bitcoin fell below the $100,000 level, miners are having a much harder time turning a profit.',
      'With electricity at $0.06 per kWh, even operators running efficient machines (27.5 watts per terahash) only about break even at around $97,000 per Bitcoin.',
      'Less efficient machines, or those paying more for power, are already losing money.',
      {
        text: 'F2Pool data shows how sharply profitability depends on a machine’s efficiency.',
        heading: 'Which miners are still profitable?',
      },
      {
        text: 'The most efficient hardware, such as the Antminer S21 XP Hyd. (12.0 W/T), has an electricity cost rate of just 43% of the current BTC price. That means it only needs Bitcoin at $41,585 to break even on electricity, so this top tier stays highly profitable at today’s price.',
        heading: 'Which miners are still profitable?',
      },
      {
        text: 'The other high-efficiency S21 models are not far behind: all of them would still be profitable with the Bitcoin price under $60,000.',
        heading: 'Which miners are still profitable?',
      },
      {
        text: 'Many older, less efficient machines, by contrast, are now unprofitable. The Whatsminer M53 needs the price to be $100,694, and the Antminer S19 requires $118,641. The least efficient machine on the list, the CopyMiner C7, needs an unsustainable $130,909 just to pay for its electricity.',
        heading: 'Which miners are still profitable?',
      },
      'Bitcoin is currently changing hands at $95,290 after a huge price plunge.',
    ],
    expect: [
      p('$100,000', 100000),
      o('$0.06 per kWh', 0.06),
      c('$97,000 per Bitcoin', 97000),
      c('$41,585', 41585),
      p('$60,000', 60000),
      c('$100,694', 100694),
      c('$118,641', 118641),
      c('$130,909', 130909),
      p('$95,290', 95290),
    ],
  },
];
