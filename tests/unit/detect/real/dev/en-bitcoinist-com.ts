import { c, p, type RealCase } from '../labels';

// Bitcoinist (AMP) on miners disputing JPMorgan's 2018 estimate: a quoted cash cost per coin written
// "US$2,400", then the spot level as a bare "$4000 mark" in the next paragraph.
export const cases: RealCase[] = [
  {
    url: 'https://bitcoinist.com/jpmorgan-bitcoin-2400-value-miners/amp/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Miners Disagree With JPMorgan Over Bitcoin’s $2400 ‘Fair Value’',
    blocks: [
      {
        heading: 'The Price Of Dystopia',
        text: 'In the report, JPMorgan analysts said that the “average cash cost of a low-cost Chinese miner was around US$2,400 per bitcoin” in Q4 2018.',
      },
      'This, they argued, is the break-even point: the marginal cost of producing one bitcoin. With bitcoin currently hovering around the $4000 mark, that implies a 40% price drop before reaching ‘fair value’.',
    ],
    expect: [c('US$2,400', 2400), p('$4000', 4000)],
  },
];
