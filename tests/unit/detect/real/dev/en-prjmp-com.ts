import { o, type RealCase } from '../labels';

const H = ['Rank', 'Coin', 'Market Cap', 'Notable Feature'];
const row = (rank: string, coin: string, cap: string, note: string) =>
  [rank, coin, cap, note].map((text, i) => ({ text, header: H[i], row: coin }));

export const cases: RealCase[] = [
  {
    url: 'https://prjmp.com/8441.html',
    lang: 'en',
    tags: ['label-value', 'table', 'format'],
    title: 'Top 10 Cryptocurrencies by Market Capitalization',
    blocks: [
      'The crypto market has changed enormously since Bitcoin appeared in 2009. Here are the ten largest cryptocurrencies by market capitalization, the usual yardstick for a project’s weight and stability.',
      { text: '1. Bitcoin (BTC)', heading: '1. Bitcoin (BTC)' },
      { text: 'Market Cap: $563 billion', heading: '1. Bitcoin (BTC)' },
      { text: 'Position: Undisputed market leader', heading: '1. Bitcoin (BTC)' },
      { text: '2. Ethereum (ETH)', heading: '2. Ethereum (ETH)' },
      { text: 'Market Cap: $198.7 billion', heading: '2. Ethereum (ETH)' },
      { text: '3. Binance Coin (BNB)', heading: '3. Binance Coin (BNB)' },
      { text: 'Market Cap: $42 billion', heading: '3. Binance Coin (BNB)' },
      { text: '4. Solana (SOL)', heading: '4. Solana (SOL)' },
      { text: 'Market Cap: $36.9 billion', heading: '4. Solana (SOL)' },
      { text: '5. Cardano (ADA)', heading: '5. Cardano (ADA)' },
      { text: 'Market Cap: $28.5 billion', heading: '5. Cardano (ADA)' },
      { text: 'Emerging Contenders (#6-10)', heading: 'Emerging Contenders (#6-10)' },
      ...row('6', 'XRP', '$24B', 'Bank-friendly payments'),
      ...row('7', 'Dogecoin', '$8.3B', 'Meme coin with merchant adoption'),
      ...row('8', 'Polygon', '$15B', 'Ethereum scaling solution'),
      ...row('9', 'SHIB', '$5.9B', 'Community-driven token'),
      ...row('10', 'Polkadot', '$7.4B', 'Interoperability focus'),
    ],
    expect: [
      o('$563 billion', 5.63e11),
      o('$198.7 billion', 1.987e11),
      o('$42 billion', 4.2e10),
      o('$36.9 billion', 3.69e10),
      o('$28.5 billion', 2.85e10),
      o('$24B', 2.4e10),
      o('$8.3B', 8.3e9),
      o('$15B', 1.5e10),
      o('$5.9B', 5.9e9),
      o('$7.4B', 7.4e9),
    ],
  },
];
