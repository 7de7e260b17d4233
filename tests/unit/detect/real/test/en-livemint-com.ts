import { o, p, type RealCase } from '../labels';

// Indian business daily's crypto-prices roundup (2021): BTC quote, record and support (price), a
// quoted exchange executive, and ether, DeFi and meme-coin figures (other).
export const cases: RealCase[] = [
  {
    url: 'https://www.livemint.com/market/cryptocurrency/cryptocurrency-prices-today-plunge-check-bitcoin-ether-dogecoin-shiba-inu-solana-latest-rates-11637298035773.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title:
      'Cryptocurrency prices today plunge: Check bitcoin, ether, dogecoin, shiba inu, solana latest rates',
    blocks: [
      'Bitcoin continued its slide, slipping below $57,000 for the first time since October. The token was trading over 6% lower at $56,328.8, after a recent record high of around $69,000.',
      'Global crypto market cap slipped to $2.6 trillion, according to CoinGecko.',
      '“On the daily timeframe, Bitcoin can be seen moving within a channel pattern, frequently retesting the support of $58,000 mark,” said the COO of an Indian exchange.',
      'Ether also declined more than 4% to $4,075. The total DeFi market cap fell below $150 billion, dogecoin dropped over 5% to $0.22 and Shiba Inu crashed 10% to $0.000043.',
    ],
    expect: [
      p('$57,000', 57000),
      p('$56,328.8', 56328.8),
      p('$69,000', 69000),
      o('$2.6 trillion', 2.6e12),
      p('$58,000', 58000),
      o('$4,075', 4075),
      o('$150 billion', 150e9),
      o('$0.22', 0.22),
      o('$0.000043', 0.000043),
    ],
  },
];
