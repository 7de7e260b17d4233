import { o, p, type RealCase } from '../labels';

// A weekly market note: "$X/BTC" levels throughout, Bitcoin named only in the title and a few sentences.
export const cases: RealCase[] = [
  {
    url: 'http://buttercoinmarketupdate.posthaven.com/markets-react-to-us-marshal-auction-close-lighthouse',
    lang: 'en',
    tags: ['anaphora', 'format', 'change'],
    title: 'Markets react to US Marshal auction close, Lighthouse',
    blocks: [
      'This week markets traded between $555/BTC and $605/BTC.  The US Marshal Bitcoin Auction closed a few hours ago.  At the close of the auction the markets jumped from $584/BTC to $598/BTC.  This likely means a bidder in the auction also bought up all the coins in the market below his bid at around $598/BTC.',
      'It also suggests that the auctioned coins sold above market price (taking $584/BTC as the market price and the auction coins selling for at least $598/BTC) in the immediate sense of "market price".  Given that bitcoin was trading at $630/BTC before the auction announcement, we can also say the auction likely settled under market price in that sense if we assume the confounding GHash 50% effect was less than $32 in downward movement.',
      'The charts also show someone selling coins at $590/BTC for 6 hours starting 8 hours before the close of the auction.  Likely that person believed the auction would not close above $590/BTC and sold at that level in the face of upward pressure.  Then the price dips to $575/BTC before shooting up, which suggests that about 1 hour before the close the highest bid was at least $575/BTC.',
    ],
    expect: [
      p('$555/BTC', 555),
      p('$605/BTC', 605),
      p('$584/BTC', 584),
      p('$598/BTC', 598),
      p('$598/BTC', 598),
      p('$584/BTC', 584),
      p('$598/BTC', 598),
      p('$630/BTC', 630),
      o('$32', 32),
      p('$590/BTC', 590),
      p('$590/BTC', 590),
      p('$575/BTC', 575),
      p('$575/BTC', 575),
    ],
  },
];
