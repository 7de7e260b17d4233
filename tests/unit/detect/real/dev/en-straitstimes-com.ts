import { o, type RealCase } from '../labels';

// Bitcoin is named, but its amount is a market capitalisation.
export const cases: RealCase[] = [
  {
    url: 'http://www.straitstimes.com/business/companies-markets/ether-tops-ripple-to-reclaim-second-spot-in-rankings-as-cryptocurrencies',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Ether tops ripple to reclaim second spot in rankings as cryptocurrencies slide',
    blocks: [
      'Ether now has a market cap of just over US$111 billion, while ripple’s value has shrunk to about US$98 billion, Coinmarketcap.com shows.',
      'Korean demand has been big enough to distort some prices: ripple jumped to almost US$4 on some Korean exchanges while trading around US$2.50 elsewhere.',
      'Bitcoin remains by far the world’s largest cryptocurrency, with a market capitalization of about US$255 billion.',
      'Only last week ripple’s value climbed as high as US$140 billion.',
    ],
    expect: [
      o('US$111 billion', 111e9),
      o('US$98 billion', 98e9),
      o('US$4', 4),
      o('US$2.50', 2.5),
      o('US$255 billion', 255e9),
      o('US$140 billion', 140e9),
    ],
  },
];
