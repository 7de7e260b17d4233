import { o, p, type RealCase } from '../labels';

const url =
  'https://lastcryptocurrency.com/bitcoin-facing-fridays-options-expiration-will-2021-end-with-a-huge-move-price-analysis';
const title = 'Bitcoin Facing Friday’s Options Expiration, Will 2021 End With A Huge Move? (Price Analysis)';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['widget', 'format'],
    title,
    blocks: [
      'Bitcoin (BTC) $ 98,568.41 0.12%',
      'Ethereum (ETH) $ 3,353.64 0.76%',
      'Tether (USDT) $ 1.00 0.08%',
      'Solana (SOL) $ 257.29 0.10%',
      'Dogecoin (DOGE) $ 0.473238 22.19%',
      'Lido Staked Ether (STETH) $ 3,352.25 0.93%',
    ],
    expect: [
      p('$ 98,568.41', 98568.41),
      o('$ 3,353.64', 3353.64),
      o('$ 1.00', 1),
      o('$ 257.29', 257.29),
      o('$ 0.473238', 0.473238),
      o('$ 3,352.25', 3352.25),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'December was hard on BTC, with a monthly low on December 4 just below $42K, according to Bitstamp. With a little over a day left in the year, BTC looks set to end 2021 under the $50K price mark.',
      {
        heading: 'Options Market Analysis',
        text: 'On Friday, 31 December, a huge expiry with a notional value of $5.4B takes place on Deribit. The max pain price is $47k.',
      },
      {
        heading: 'The Weekly',
        text: 'After Bitcoin set the current ATH of $69K on November 10, it was quickly rejected and turned bearish.',
      },
    ],
    expect: [p('$42K', 42000), p('$50K', 50000), o('$5.4B', 5.4e9), p('$47k', 47000), p('$69K', 69000)],
  },
];
