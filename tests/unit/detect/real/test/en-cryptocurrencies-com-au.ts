import { o, p, type RealCase } from '../labels';

// Aggregator excerpt of a Trustnodes piece on Nigeria's bitcoin premium: local and global BTC prices,
// a per-coin premium (a difference, so a negative), the country's GDP, and a price in naira with its
// dollar equivalent in the next sentence ("That is worth $65,000").
export const cases: RealCase[] = [
  {
    url: 'https://cryptocurrencies.com.au/trustnodes/bitcoin-jumps-to-72000-in-nigeria-after-ban/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin Jumps to $72,000 in Nigeria After Ban',
    blocks: [
      'Bitcoin Jumps to $72,000 in Nigeria After Ban',
      'Bitcoin has traded above $72,000 in Nigeria, one of Africa’s richest countries with a GDP of $400 billion. That is far above the global price of bitcoin, $51,200 at the time of writing, and the largest premium in bitcoin’s history by amount, with one bitcoin $20,000 dearer in Nigeria than elsewhere.',
      'NairaEX, one of the country’s biggest exchanges with more than 130,000 users, lists one bitcoin at about 25 million Naira. That is worth $65,000, well above any other market as the ban drives up the premium.',
    ],
    expect: [
      p('$72,000', 72000),
      p('$72,000', 72000),
      o('$400 billion', 400e9),
      p('$51,200', 51200),
      o('$20,000', 20000),
      p('25 million Naira', 25e6, 'NGN'),
      p('$65,000', 65000),
    ],
  },
];
