import { o, type RealCase } from '../labels';

// Hashprice report: dollar values per PH/s of hashrate and month-to-date miner revenue; per-unit-of-work
// revenue is not a price of one bitcoin.
const url = 'https://finandcrypto.com/bitcoin-miners-have-been-extremely-underpaid-since-mid-june/amp';
const title = 'Bitcoin Miners Have Been Extremely Underpaid Since Mid-June';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Since mid-June, Bitcoin miners have been grappling with substantial underpayment, according to metrics from CryptoQuant. Currently, the estimated value of 1 petahash per second (PH/s) of hashrate stands at a low $47.79 per PH/s.',
    ],
    expect: [o('$47.79 per PH/s', 47.79)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'The most challenging day for miners came on July 6, when Luxor’s Hashprice Index showed the value of 1 PH/s had dropped to approximately $44 per PH/s between July 3 and July 7. Since that dip, the hashprice has climbed roughly 9%, nearing $48 per PH/s.',
      'With nearly half of July over, Bitcoin miners’ revenue for the month remains relatively low. To date, miners have earned $332.98 million, and if this trend continues, July could be one of the worst months this year.',
    ],
    expect: [o('$44 per PH/s', 44), o('$48 per PH/s', 48), o('$332.98 million', 332.98e6)],
  },
];
