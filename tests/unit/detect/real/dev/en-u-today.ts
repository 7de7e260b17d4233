import { o, p, type RealCase } from '../labels';

// A market flash: the coin is named in the headline and then mostly as "the largest cryptocurrency", "the
// top cryptocurrency", "the crypto king"; ETF outflows, Ether's level and liquidations come in between.
export const cases: RealCase[] = [
  {
    url: 'https://u.today/market-bloodbath-bitcoin-btc-plunges-below-60k-ethereum-eth-loses-3k',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Market Bloodbath: Bitcoin (BTC) Plunges Below $60K, Ethereum (ETH) Loses $3K',
    blocks: [
      'Market Bloodbath: Bitcoin (BTC) Plunges Below $60K, Ethereum (ETH) Loses $3K',
      'Bitcoin has lost $60,000, but the worst might be yet to come for the largest cryptocurrency',
      'Wed, 17/04/2024 - 18:41',
      'The price of Bitcoin (ETH), the largest cryptocurrency, briefly fell below the do-or-die $60,000 earlier today on the Bitstamp exchange.',
      'At 16:07 UTC, the top cryptocurrency plunged to an intraday low of $59,672 on the Bitstamp exchange.',
      'It has since recovered to $61,764, but the largest cryptocurrency is far from reclaiming its intraday high of $64,636.',
      'This is the first time in more than a month that the price of the crypto king has dipped below $60,000. Bitcoin crashed to $59,313 on March 5 before recovering the next day and eventually hitting its current all-time high of $73,679 on Bitstamp on March 13.',
      'The largest cryptocurrency is suffering from the double whammy of shrinking exchange-traded fund (ETF) inflows and increasingly hawkish talk from Federal Reserve Chair Jerome Powell. On Tuesday, Bitcoin recorded another $59.3 million worth of outflows.',
      'DonAlt, a pseudonymous trader with more than half a million followers on X, recently said that a "washout" below the aforementioned $60,000 level looks "much more attractive" for now.',
      'The price of Ethereum (ETH), the leading altcoin, has also dropped below the key $3,000 level before paring some losses. Dogecoin (DOGE) is the biggest laggard in the top 10, down roughly 2.5%, according to CoinGecko data.',
      'Almost $214 million worth of crypto has been liquidated over the past 24 hours, according to data provided by CoinGlass.',
    ],
    expect: [
      p('$60K', 60000),
      o('$3K', 3000),
      p('$60,000', 60000),
      p('$60,000', 60000),
      p('$59,672', 59672),
      p('$61,764', 61764),
      p('$64,636', 64636),
      p('$60,000', 60000),
      p('$59,313', 59313),
      p('$73,679', 73679),
      o('$59.3 million', 59.3e6),
      p('$60,000', 60000),
      o('$3,000', 3000),
      o('$214 million', 214e6),
    ],
  },
];
