import { btc, type CorpusCase, cost, other } from './types';

// Exchange pages, tickers, price tables, social posts and forums.
export const enMarkets: CorpusCase[] = [
  {
    name: 'binance-style: spaced ticker strip',
    text: 'BTC $69,420.15 ▼2.1% ETH $3,512.40 ▲0.8% SOL $148.22 ▼1.4% BNB $592.10 ▲0.2%',
    expect: [btc('$69,420.15'), other('$3,512.40'), other('$148.22'), other('$592.10')],
  },
  {
    name: 'coinmarketcap-style: glued ticker strip',
    text: 'BTC$67,321.55-1.2%ETH$3,281.09+0.4%XRP$0.5123-0.9%',
    expect: [btc('$67,321.55'), other('$3,281.09'), other('$0.5123')],
  },
  {
    name: 'kraken-style: pair row',
    text: 'XBT/USD 70,123.4 Vol 1,204.5 XBT',
    expect: [btc('70,123.4')],
  },
  {
    name: 'binance-style: usdt pair',
    text: 'BTCUSDT 70123.4 +1.25% 24h High 71020.0',
    expect: [btc('70123.4')],
  },
  {
    name: 'coinbase-style: asset page summary',
    text: 'Bitcoin price: $68,452.12. The current price of Bitcoin is up 1.64% in the last 24 hours. Market cap $1.35T, volume (24h) $28.4B.',
    expect: [btc('$68,452.12'), other('$1.35T'), other('$28.4B')],
  },
  {
    name: 'coingecko-style: table row with header context',
    text: 'Bitcoin BTC $64,210.33 +0.52% $1.26T',
    context: 'Coin Price 24h Market Cap',
    expect: [btc('$64,210.33'), other('$1.26T')],
  },
  {
    name: 'coingecko-style: ether table cell',
    text: '$3,145.77',
    context: 'Ethereum ETH price today',
    expect: [other('$3,145.77')],
  },
  {
    name: 'coingecko-style: bitcoin table cell',
    text: '$66,402.10',
    context: 'Bitcoin (BTC) price today, chart and market cap',
    expect: [btc('$66,402.10')],
  },
  {
    name: 'reddit-style: first stack and dca',
    text: "Bought my first 0.1 BTC at $29k back in 2023, now it's worth $6.9k lol. DCA'ing $50 a week.",
    expect: [btc('$29k'), other('$6.9k'), other('$50')],
  },
  {
    name: 'bitcointalk-style: support and resistance',
    text: 'If BTC breaks $72k resistance we go to 80k easily, otherwise retest of $65k support.',
    expect: [btc('$72k'), btc('$65k')],
  },
  {
    name: 'x-style: cashtags',
    text: '$BTC reclaiming $70,000 while $ETH lags under $3,600. $SOL at $160.',
    expect: [btc('$70,000'), other('$3,600'), other('$160')],
  },
  {
    name: 'bitcointalk-style: home miner breakeven',
    text: 'My breakeven at $0.06/kWh is around $38,000 per coin with S21s, so mining still pays at $64k.',
    context: 'Mining Discussion - Bitcoin Forum',
    expect: [other('$0.06'), cost('$38,000'), btc('$64k')],
  },
  {
    name: 'exchange-style: limit order confirmation',
    text: 'Limit buy 0.25 BTC @ 61,500.00 USDT. Total: 15,375.00 USDT',
    expect: [btc('61,500.00 USDT'), other('15,375.00 USDT')],
  },
  {
    name: 'reddit-style: altcoin bag',
    text: 'Sold my ETH at $3,900 and my LINK at $18, should have just held bitcoin tbh.',
    expect: [other('$3,900'), other('$18')],
  },
  {
    name: 'stocktwits-style: miner stock',
    text: 'MARA ripping to $24.50 with BTC at $71k. Riot still stuck under $12.',
    expect: [other('$24.50'), btc('$71k'), other('$12')],
  },
  {
    name: 'coinbase-style: fee quote',
    text: 'Network fee: $3.42. Coinbase fee: $1.99. You will receive 0.00145 BTC.',
    context: 'Buy Bitcoin',
    expect: [other('$3.42'), other('$1.99')],
  },
  {
    name: 'x-style: price prediction thread',
    text: 'My BTC price targets for this cycle: $120K conservative, $180K base case, $250K if ETFs keep buying.',
    expect: [btc('$120K'), btc('$180K'), btc('$250K')],
  },
  {
    name: 'reddit-style: gold bug comparison',
    text: 'Gold at $2,400 is up 15% this year, bitcoin at $66k is up 55%. Not even close.',
    expect: [other('$2,400'), btc('$66k')],
  },
  {
    name: 'hashrateindex-style: fleet cost',
    text: 'For an S19 XP fleet at 5 cents per kWh, the production cost per BTC is roughly $41,500, versus a spot price of $63,200.',
    expect: [cost('$41,500'), btc('$63,200')],
  },
  {
    name: 'blockworks-style: treasury company',
    text: 'Semler Scientific now holds 1,058 BTC acquired for $74.3 million at an average of $70,213 per bitcoin.',
    expect: [other('$74.3 million'), btc('$70,213')],
  },
  {
    name: 'reddit-style: lost on leverage',
    text: 'Got liquidated for $8,000 on a 20x long when bitcoin wicked to $64,800. Never again.',
    expect: [other('$8,000'), btc('$64,800')],
  },
  {
    name: 'coindesk-indices-style: xbx print',
    text: 'The CoinDesk Bitcoin Price Index (XBX) was at $66,912.48 at 20:00 UTC, 1.1% higher over 24 hours.',
    expect: [btc('$66,912.48')],
  },
  {
    name: 'glassnode-style: realized price',
    text: 'The short-term holder realized price currently sits at $62,400, while the long-term holder cost basis is near $22,000.',
    context: 'Bitcoin on-chain weekly',
    expect: [btc('$62,400'), btc('$22,000')],
  },
  {
    name: 'ledger-academy-style: satoshi value',
    text: 'At a bitcoin price of $65,000, one satoshi is worth $0.00065 and 100,000 sats are worth $65.',
    expect: [btc('$65,000'), other('$0.00065'), other('$65')],
  },
  {
    name: 'nasdaq-style: futures contract',
    text: 'CME bitcoin futures for June settled at $68,905, a premium of $410 over the spot price.',
    expect: [btc('$68,905'), other('$410')],
  },
  {
    name: 'cryptoslate-style: runes fees and miner take',
    text: 'Miners pocketed $107 million in fees on halving day, more than the $30 million they earned from the block subsidy, while BTC held $64,000.',
    expect: [other('$107 million'), other('$30 million'), btc('$64,000')],
  },
];
