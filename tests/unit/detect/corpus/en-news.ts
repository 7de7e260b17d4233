import { btc, type CorpusCase, cost, other } from './types';

// English wire, business and crypto-trade press phrasing.
export const enNews: CorpusCase[] = [
  {
    name: 'reuters-style: btc falls below support',
    text: 'Bitcoin fell as much as 4.2% to $60,112 on Tuesday, its lowest since early May, before paring losses to trade at $61,480 by 1400 GMT. Ether, the second-largest cryptocurrency, slipped 3.1% to $2,905.',
    expect: [btc('$60,112'), btc('$61,480'), other('$2,905')],
  },
  {
    name: 'reuters-style: record high lifts market value',
    text: 'Bitcoin hit a record high of $73,803 on Thursday, lifting its market value above $1.4 trillion, as inflows into U.S. spot bitcoin ETFs topped $10 billion since January.',
    expect: [btc('$73,803'), other('$1.4 trillion'), other('$10 billion')],
  },
  {
    name: 'bloomberg-style: etf inflows then spot move',
    text: "The iShares Bitcoin Trust (IBIT) drew $520 million of net inflows on Monday, while Fidelity's fund added $124.9 million. Bitcoin climbed 2% to about $67,300.",
    expect: [other('$520 million'), other('$124.9 million'), btc('$67,300')],
  },
  {
    name: 'coindesk-style: liquidations during slide',
    text: 'More than $400 million in leveraged long positions were liquidated over 24 hours as BTC slid from $69,000 to $66,200, CoinGlass data shows.',
    expect: [other('$400 million'), btc('$69,000'), btc('$66,200')],
  },
  {
    name: 'cnbc-style: microstrategy purchase with average price',
    text: 'MicroStrategy said it bought 12,000 bitcoin for about $821.7 million, or roughly $68,477 per bitcoin, including fees and expenses. Shares of the company rose 9% to $1,224.',
    expect: [other('$821.7 million'), btc('$68,477'), other('$1,224')],
  },
  {
    name: 'the-block-style: miner cash cost after halving',
    text: 'According to CoinShares, the average cash cost to mine one bitcoin rose to $53,000 after the halving, while the all-in cost including depreciation is closer to $80,000. Bitcoin currently trades near $64,000.',
    expect: [cost('$53,000'), cost('$80,000'), btc('$64,000')],
  },
  {
    name: 'decrypt-style: bank target and near-term range',
    text: 'Standard Chartered analysts reiterated their year-end bitcoin target of $150,000 and said BTC could trade between $50,000 and $60,000 in the near term.',
    expect: [btc('$150,000'), btc('$50,000'), btc('$60,000')],
  },
  {
    name: 'fortune-style: million-dollar forecast',
    text: "Ark Invest's Cathie Wood still expects bitcoin to reach $1.5 million by 2030, while her bear case sees the token at $300,000.",
    expect: [btc('$1.5 million'), btc('$300,000')],
  },
  {
    name: 'wsj-style: lost then tumbled to',
    text: 'Bitcoin lost $5,000 in a matter of hours on Friday, tumbling to $56,500 before recovering to $58,900.',
    expect: [other('$5,000'), btc('$56,500'), btc('$58,900')],
  },
  {
    name: 'marketwatch-style: cross-asset close',
    text: 'Gold futures settled at $2,345.60 an ounce, the S&P 500 closed at 5,304.72 and bitcoin rose 1.5% to $69,870.',
    expect: [other('$2,345.60'), btc('$69,870')],
  },
  {
    name: 'coindesk-style: bitcoin cash and wrapped bitcoin',
    text: 'Bitcoin Cash jumped 12% to $480, while wrapped bitcoin (WBTC) traded at $67,950 on Ethereum, roughly in line with BTC at $68,010.',
    expect: [other('$480'), other('$67,950'), btc('$68,010')],
  },
  {
    name: 'cointelegraph-style: fee spike',
    text: 'Average bitcoin transaction fees spiked to $128 during the Runes launch, even as the BTC price hovered around $64,000.',
    expect: [other('$128'), btc('$64,000')],
  },
  {
    name: 'forbes-style: trust shares vs spot',
    text: 'Shares of the Grayscale Bitcoin Trust (GBTC) closed at $54.12, while bitcoin itself settled near $65,900.',
    expect: [other('$54.12'), btc('$65,900')],
  },
  {
    name: 'yahoo-finance-style: price history',
    text: 'Bitcoin traded for about $0.08 in July 2010 and first reached $1,000 in late 2013, before peaking near $20,000 in December 2017.',
    expect: [btc('$0.08'), btc('$1,000'), btc('$20,000')],
  },
  {
    name: 'ap-style: exchange hack',
    text: 'Hackers stole about $305 million worth of bitcoin from Japanese exchange DMM Bitcoin, the company said. Bitcoin was little changed at $67,700.',
    expect: [other('$305 million'), btc('$67,700')],
  },
  {
    name: 'reuters-style: alts then bitcoin',
    text: 'Ether rose 5% to $3,780 and solana gained 7% to $172, while bitcoin edged up 0.8% to $71,200.',
    expect: [other('$3,780'), other('$172'), btc('$71,200')],
  },
  {
    name: 'bloomberg-style: options strike and open interest',
    text: 'Open interest in bitcoin options with a $100,000 strike price on Deribit has climbed to $1.2 billion.',
    expect: [btc('$100,000'), other('$1.2 billion')],
  },
  {
    name: 'coindesk-style: miner revenue, hashprice, production cost',
    text: 'Miners earned $956 million in revenue in May, and hashprice fell to $0.049 per terahash per day. Marathon Digital estimates its cost of production at $43,000 per bitcoin.',
    expect: [other('$956 million'), other('$0.049'), cost('$43,000')],
  },
  {
    name: 'cnbc-style: corporate holdings and stock',
    text: "Tesla's bitcoin holdings were worth about $780 million at the end of the quarter. The stock fell 3% to $177.50.",
    expect: [other('$780 million'), other('$177.50')],
  },
  {
    name: 'reuters-style: country average purchase price',
    text: 'El Salvador has bought bitcoin at an average price of about $42,000, according to Nayib Bukele, and its 5,800-coin stash is now worth more than $400 million.',
    expect: [btc('$42,000'), other('$400 million')],
  },
  {
    name: 'bbc-style: explainer in sterling',
    text: 'One bitcoin is currently worth around £53,000, up from £20,000 a year ago.',
    expect: [btc('£53,000'), btc('£20,000')],
  },
  {
    name: 'guardian-style: dollars with sterling in brackets',
    text: 'The cryptocurrency peaked at almost $69,000 (£51,000) in November 2021 before crashing to below $16,000 a year later.',
    context: 'Bitcoin price falls as crypto winter deepens',
    expect: [btc('$69,000'), btc('£51,000'), btc('$16,000')],
  },
  {
    name: 'economic-times-style: rupee prices with indian grouping',
    text: 'Bitcoin was trading at Rs 57,40,000 on WazirX on Monday, while Ethereum was priced at Rs 2,95,000.',
    locale: 'en-IN',
    expect: [btc('Rs 57,40,000'), other('Rs 2,95,000')],
  },
  {
    name: 'moneycontrol-style: lakh price and market cap',
    text: 'Bitcoin rose 3.2% to ₹58.6 lakh on CoinDCX, and the total crypto market capitalisation stood at $2.45 trillion.',
    locale: 'en-IN',
    expect: [btc('₹58.6 lakh'), other('$2.45 trillion')],
  },
  {
    name: 'coindesk-style: funding round',
    text: 'The crypto exchange startup raised $25 million in a Series A round led by Paradigm, the company said. Bitcoin was flat at $66,850.',
    expect: [other('$25 million'), btc('$66,850')],
  },
  {
    name: 'theblock-style: etf trading volume',
    text: 'Spot bitcoin ETFs recorded $3.4 billion in trading volume on Tuesday, as BTC briefly topped $70,000.',
    expect: [other('$3.4 billion'), btc('$70,000')],
  },
  {
    name: 'axios-style: monthly gain then level',
    text: 'Bitcoin is up $12,000 since the start of the month, now changing hands at $64,300.',
    expect: [other('$12,000'), btc('$64,300')],
  },
  {
    name: 'cnbc-style: exchange earnings',
    text: 'Coinbase reported first-quarter revenue of $1.64 billion and net income of $1.18 billion; bitcoin traded above $62,000 when results were released.',
    expect: [other('$1.64 billion'), other('$1.18 billion'), btc('$62,000')],
  },
  {
    name: "barron's-style: alts under a dollar",
    text: 'XRP fell to $0.52 and Dogecoin dropped to $0.15, while Bitcoin held above the $60,000 level.',
    expect: [other('$0.52'), other('$0.15'), btc('$60,000')],
  },
  {
    name: 'reuters-style: bitcoin sv fork',
    text: "Bitcoin SV, a fork of the original blockchain, traded at $65, a fraction of bitcoin's $68,000.",
    expect: [other('$65'), btc('$68,000')],
  },
  {
    name: 'coindesk-style: moving average level',
    text: "Bitcoin's 200-day moving average sits at $58,400, analysts at K33 noted, a level that has held as support since October.",
    expect: [btc('$58,400')],
  },
  {
    name: 'reuters-style: settlement payout',
    text: 'Gemini will return $2.18 billion to customers under a settlement with New York regulators. Bitcoin, meanwhile, steadied at $63,800.',
    expect: [other('$2.18 billion'), btc('$63,800')],
  },
  {
    name: 'bloomberg-style: k-notation headline range',
    text: 'Bitcoin Traders Eye $60K-$65K Range as Volatility Hits Yearly Low',
    expect: [btc('$60K'), btc('$65K')],
  },
  {
    name: 'cnbc-style: dash range without second sign',
    text: 'Options traders are pricing bitcoin at $58,000-62,000 by the end of June, Deribit data show.',
    expect: [btc('$58,000'), btc('62,000')],
  },
  {
    name: 'coindesk-style: ether etf and staking',
    text: 'Ether ETFs saw outflows of $98 million on Wednesday, while ETH itself traded at $3,120, down from $3,400 a week earlier.',
    expect: [other('$98 million'), other('$3,120'), other('$3,400')],
  },
  {
    name: 'ft-style: dollar sign with space and US$ prefix',
    text: 'Bitcoin rose to US$71,400 in Asian trading, and the token briefly touched US$ 72,000 before sellers stepped in.',
    expect: [btc('US$71,400'), btc('US$ 72,000')],
  },
  {
    name: 'globe-and-mail-style: canadian dollars',
    text: 'In Canadian dollar terms, bitcoin reached CA$95,000 on Monday, while the loonie held at 73 U.S. cents.',
    expect: [btc('CA$95,000')],
  },
  {
    name: 'afr-style: australian dollars',
    text: 'Bitcoin climbed above A$100,000 for the first time, local exchange Swyftx said, as trading volume jumped to A$80 million.',
    expect: [btc('A$100,000'), other('A$80 million')],
  },
  {
    name: 'investopedia-style: per-coin purchase comparison',
    text: 'If you had invested $1,000 in bitcoin in 2015, when it cost roughly $300, your stake would now be worth more than $200,000.',
    expect: [other('$1,000'), btc('$300'), other('$200,000')],
  },
];
