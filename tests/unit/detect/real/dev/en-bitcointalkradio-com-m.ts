import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.bitcointalkradio.com/heres-how-much-it-costs-to-mine-bitcoin-in-your-state/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Here’s How Much it Costs to Mine Bitcoin in Your State',
    blocks: [
      'Here’s How Much it Costs to Mine Bitcoin in Your State',
      'In Louisiana, mining a single bitcoin costs $3,224, cheap next to the digital currency BTCUSD, -0.53% which last changed hands at $17,652.30, up 6.8% on the day.',
      'Hawaii is the priciest state, where power pushes mining costs to $9,483, close to three times what it costs in New Orleans.',
    ],
    expect: [c('$3,224', 3224), p('$17,652.30', 17652.3), c('$9,483', 9483)],
  },
  {
    url: 'http://www.bitcointalkradio.com/this-is-the-best-state-in-america-to-mine-bitcoin/',
    lang: 'en',
    tags: ['cost', 'prose', 'label-value'],
    title: 'This Is the Best State in America to Mine Bitcoin',
    blocks: [
      'Louisiana turns out to be the cheapest state for miners. Its average of 9.87 cents per watt puts mining at $3,224 per Bitcoin on average – far below the over $16,000 the cryptocurrency fetches on the open market today.',
      'Louisiana – Average cost for one coin: $3,224',
      'Idaho – Average cost for one coin: $3,289',
      'Hawaii – Average cost for one coin: $9,483',
    ],
    expect: [
      o('9.87 cents per watt', 0.0987),
      c('$3,224', 3224),
      p('$16,000', 16000),
      c('$3,224', 3224),
      c('$3,289', 3289),
      c('$9,483', 9483),
    ],
  },
];
