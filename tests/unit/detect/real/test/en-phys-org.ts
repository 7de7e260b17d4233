import { p, type RealCase } from '../labels';

// AP wire story on a science site, with a photo caption repeating the lead; "the cost" and "the cryptocurrency" later.
export const cases: RealCase[] = [
  {
    url: 'https://phys.org/news/2017-12-bitcoin-sell-off-steam.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin sell-off picks up steam',
    blocks: [
      'Bitcoin sell-off picks up steam',
      'In this April 7, 2014, file photo, Bitcoin logos are displayed at the Inside Bitcoins conference in New York. A bitcoin sell-off that began at the start of the week is gaining momentum, with a quarter of its value evaporating in the past 24 hours. Just hours before U.S. markets opened Friday, Dec. 22, 2017, bitcoin was trading at $13,659.85, according to the tracking site CoinDesk. (AP Photo/Mark Lennihan, File)',
      'Shortly before U.S. markets opened Friday, bitcoin was trading at $13,659.85, according to the tracking site CoinDesk. The cost had soared close to $20,000 as of Sunday.',
      'That is a radical price change in just one month. In mid-November, the bitcoin was trading at less than $6,000.',
      'Caliban: Gee- who could have seen that coming? Give it the old "pump-and-dump", and make mountains of cash, overnight.',
    ],
    expect: [p('$13,659.85', 13659.85), p('$13,659.85', 13659.85), p('$20,000', 20000), p('$6,000', 6000)],
  },
];
