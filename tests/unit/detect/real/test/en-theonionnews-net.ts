import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://theonionnews.net/cryptocurrency/bitcoin-funds-see-largest-outflows-on-record-by-a-wide-margin-coinshares',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin funds see largest outflows on record by a wide margin: CoinShares',
    blocks: [
      'Bitcoin (BTC) and other crypto investment funds lost USD 423m last week, the largest weekly outflows on record “by a wide margin,” CoinShares data show.',
      'The outflows were concentrated in BTC funds, with USD 453m leaving them. Funds tied to ethereum (ETH) and cardano (ADA) took in money over the week.',
      'ETH funds gained after sizeable outflows of USD 70m the week before; that same week BTC funds attracted USD 28m.',
      'The report says “almost all inflows year-to-date” into bitcoin funds have been erased, leaving their total assets under management at USD 24.5bn.',
      '“The outflows occurred on 17th June but were reflected in last week’s figures due to trade reporting lags, and likely responsible for bitcoin’s decline to USD 17,760 that weekend. Stripping out the USD 493m outflows reveals that other providers saw aggregate inflows totaling USD 70m,” the authors wrote.',
      'Last week’s data also showed USD 15.3m flowing into the “Short Bitcoin” category.',
    ],
    expect: [
      o('USD 423m', 423e6),
      o('USD 453m', 453e6),
      o('USD 70m', 70e6),
      o('USD 28m', 28e6),
      o('USD 24.5bn', 24.5e9),
      p('USD 17,760', 17760),
      o('USD 493m', 493e6),
      o('USD 70m', 70e6),
      o('USD 15.3m', 15.3e6),
    ],
  },
];
