import { o, type RealCase } from '../labels';

// A Q&A answer on the dollar value of one satoshi, with a conversion table: every dollar figure is the
// value of a fraction of a bitcoin, not a BTC price.
const url = 'https://zaro.info/cryptocurrency-conversion/how-much-is-1-satoshi-in-dollars';
const title = 'How much is 1 satoshi in dollars?';

const header = 'U.S. Dollar Value (Approx.)';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'As per a recent live rate, 1 satoshi is equivalent to approximately $0.000994.',
      'Understanding Satoshi and Its Dollar Value',
      "A satoshi is the smallest indivisible unit of Bitcoin (BTC), named after Bitcoin's pseudonymous creator, Satoshi Nakamoto.",
    ],
    expect: [o('$0.000994', 0.000994)],
  },
  {
    url,
    lang: 'en',
    tags: ['table'],
    title,
    blocks: [
      { text: '0.00000001 BTC', header: 'Bitcoin Equivalent', row: '1' },
      { text: '$0.000994', header, row: '1' },
      { text: '0.00000010 BTC', header: 'Bitcoin Equivalent', row: '10' },
      { text: '$0.00994', header, row: '10' },
    ],
    expect: [o('$0.000994', 0.000994), o('$0.00994', 0.00994)],
  },
  {
    url,
    lang: 'en',
    tags: ['table'],
    title,
    blocks: [
      { text: '$0.0994', header, row: '100' },
      { text: '0.00001000 BTC', header: 'Bitcoin Equivalent', row: '1,000' },
      { text: '$0.994', header, row: '1,000' },
    ],
    expect: [o('$0.0994', 0.0994), o('$0.994', 0.994)],
  },
];
