import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://xpool.eu/2025/06/07/will-bitcoin-hit-150000-by-years-end-experts-offer-cautious-outlook',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Will Bitcoin Hit $150,000 by Year’s End? Experts Offer Cautious Outlook',
    blocks: [
      'Will Bitcoin Hit $150,000 by Year’s End? Experts Offer Cautious Outlook',
      'Bitcoin has pushed past its earlier record, getting close to $112,000 and feeding hopes of a run to $150,000 by year-end. Analysts, though, see hurdles on the way to that target. A bearish divergence on the weekly chart, like the one in 2021, points to a possible 50% correction to around $64,000, veteran trader Peter Brandt says. A break below $100,800 could deepen the pullback.',
    ],
    expect: [
      p('$150,000', 150000),
      p('$112,000', 112000),
      p('$150,000', 150000),
      p('$64,000', 64000),
      p('$100,800', 100800),
    ],
  },
  {
    url: 'https://xpool.eu/?p=125775',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Slumps Amidst Gold’s Record Surge',
    blocks: [
      'Bitcoin Slumps Amidst Gold’s Record Surge',
      'Bitcoin has pulled back to around $121,000 after setting an all-time high of $126,000 earlier in the week, a 3.75% drop over 24 hours. Gold, meanwhile, has hit a fresh record above $4,000 per ounce.',
      'Economists expect Bitcoin could reach the $140,000 mark before October is out. Economist Timothy Peterson puts the odds of that at 50%, based on simulations with price data going back to 2015, and warns of a 43% chance that it closes the month below $136,000.',
    ],
    expect: [
      p('$121,000', 121000),
      p('$126,000', 126000),
      o('$4,000', 4000),
      p('$140,000', 140000),
      p('$136,000', 136000),
    ],
  },
  {
    url: 'https://xpool.eu/2025/02/25/bitcoin-price-drops-below-90000-triggering-liquidations-and-investor-losses',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin Price Drops Below $90,000, Triggering Liquidations and Investor Losses',
    blocks: [
      'Bitcoin Price Drops Below $90,000, Triggering Liquidations and Investor Losses',
      'The price of Bitcoin has slipped under the key $90,000 mark for the first time in a month. More than $1.34 billion has been wiped off the crypto market as BTC fell, and 12% of all addresses are now underwater.',
    ],
    expect: [p('$90,000', 90000), p('$90,000', 90000), o('$1.34 billion', 1.34e9)],
  },
];
