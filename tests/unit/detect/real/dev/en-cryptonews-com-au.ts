import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonews.com.au/news/australian-traders-see-bitcoin-surpass-aud-100000-118324/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Australian Traders See Bitcoin Surpass AUD $100,000',
    blocks: [
      'Australian Traders See Bitcoin Surpass AUD $100,000',
      '• Bitcoin has pushed past AUD $100K after a month of strong gains.',
      'Bitcoin may be close to its USD all-time high, but Australian traders are already there. BTC has not just moved past AUD $100K – it has blasted through it and now trades at nearly $104K.',
      'For South Africans, where BTC changes hands for over a million ZAR, AUD $100K may not sound like much. But Down Under, $100K is a fair chunk of change. A few of the things $100K could buy you in Australia:',
    ],
    expect: [
      p('AUD $100,000', 100000, 'AUD'),
      p('AUD $100K', 100000, 'AUD'),
      p('AUD $100K', 100000, 'AUD'),
      p('$104K', 104000, 'AUD'),
      p('a million ZAR', 1e6, 'ZAR'),
      p('AUD $100K', 100000, 'AUD'),
      o('$100K', 100000, 'AUD'),
      o('$100K', 100000, 'AUD'),
    ],
  },
];
