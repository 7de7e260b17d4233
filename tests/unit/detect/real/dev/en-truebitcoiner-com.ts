import { o, p, type RealCase } from '../labels';

// ETF-outflow news with odd currency marks: "$418.1 million U.S.", "USD 109,000", "$2,350 U.S.", "$86,200 USD",
// and cashtags ("$IBIT", "$BTC") with no number.
export const cases: RealCase[] = [
  {
    url: 'https://truebitcoiner.com/crypto-selloff-drives-record-blackrock-bitcoin-etf-outflow/',
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Crypto selloff drives record BlackRock bitcoin ETF outflow',
    blocks: [
      'BlackRock’s iShares Bitcoin Trust (NASDAQ: $IBIT) saw record withdrawals of $418.1 million U.S. on February 26 as the cryptocurrency selloff accelerated.',
      'After reaching an all-time high of USD 109,000 on the day of U.S. President Donald Trump’s inauguration on January 20, the price of Bitcoin (CRYPTO: $BTC), the biggest cryptocurrency by market value, dropped as low as USD 82,000, a 25% decline.',
      'As a result, U.S. spot-listed exchange-traded funds (ETFs) had total daily outflows of $754.6 million U.S. on February 26, with BlackRock’s Bitcoin Trust leading the selling.',
      'According to market data, USD 3.60 billion has already flowed out of about a dozen spot Bitcoin ETFs since February 7th of this year.',
      'Other cryptocurrencies keep falling, with Ethereum (CRYPTO: $ETH) down 30% this year and trading around $2,350 U.S. Bitcoin is currently valued at $86,200 USD, down 8% this year.',
    ],
    expect: [
      o('$418.1 million U.S.', 418.1e6),
      p('USD 109,000', 109000),
      p('USD 82,000', 82000),
      o('$754.6 million U.S.', 754.6e6),
      o('USD 3.60 billion', 3.6e9),
      o('$2,350 U.S.', 2350),
      p('$86,200 USD', 86200),
    ],
  },
];
