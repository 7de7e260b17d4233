// Explainer with a top-10 market-cap table (Rank / Cryptocurrency / Market Cap / Price / Circulating Supply): only
// the Bitcoin row's Price cell is a BTC price; market caps and the other coins' prices are o.
import { o, p, type RealCase } from '../labels';

const COLS = ['Rank', 'Cryptocurrency', 'Market Cap', 'Price', 'Circulating Supply'];
const row = (cells: string[]) => cells.map((text, i) => ({ text, header: COLS[i], row: cells[1] }));

export const cases: RealCase[] = [
  {
    url: 'https://montagnedistribution.com/cryptocurrency-market-caps-an-overview/',
    lang: 'en',
    tags: ['table', 'label-value'],
    title: 'Cryptocurrency Market Caps: An Overview of the Top Digital Assets',
    blocks: [
      'The crypto market has boomed in recent years, with total capitalization passing $2 trillion in 2021. More than 18,000 coins now trade, yet a handful account for most of the value.',
      { text: 'Top 10 Cryptocurrency Market Cap', heading: 'Top 10 Cryptocurrency Market Cap' },
      {
        text: 'The table below ranks the ten largest cryptocurrencies by market capitalization as of September 2023:',
        heading: 'Top 10 Cryptocurrency Market Cap',
      },
      ...COLS.map((h) => ({ text: h, header: h })),
      ...row(['1', 'Bitcoin', '$815 billion', '$43,000', '18.9 million BTC']),
      ...row(['2', 'Ethereum', '$195 billion', '$1,500', '130 million ETH']),
      ...row(['3', 'Tether', '$70 billion', '$1', '69 billion USDT']),
      ...row(['4', 'Binance Coin', '$65 billion', '$300', '217 million BNB']),
      ...row(['5', 'Cardano', '$45 billion', '$1.20', '37 billion ADA']),
      ...row(['7', 'Solana', '$38 billion', '$90', '420 million SOL']),
      ...row(['9', 'Dogecoin', '$20 billion', '$0.20', '132 billion DOGE']),
      'Bitcoin is still far ahead with its $815 billion market cap, though Ethereum and other altcoins have been gaining share.',
      'Bitcoin (BTC) – Launched in 2009, Bitcoin was the first decentralized cryptocurrency. It runs on a proof-of-work blockchain and has a fixed supply of 21 million BTC.',
    ],
    expect: [
      o('$2 trillion', 2e12),
      o('$815 billion', 815e9),
      p('$43,000', 43000),
      o('$195 billion', 195e9),
      o('$1,500', 1500),
      o('$70 billion', 70e9),
      o('$1', 1),
      o('$65 billion', 65e9),
      o('$300', 300),
      o('$45 billion', 45e9),
      o('$1.20', 1.2),
      o('$38 billion', 38e9),
      o('$90', 90),
      o('$20 billion', 20e9),
      o('$0.20', 0.2),
      o('$815 billion', 815e9),
    ],
  },
];
