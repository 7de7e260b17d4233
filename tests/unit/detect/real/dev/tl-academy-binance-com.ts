import { o, p, type RealCase } from '../labels';

// Tagalog exchange academy. The peak as "64,000 US dollars" (English words after the number) and the
// market cap written out in full digits, "$710,000,000,000".
export const cases: RealCase[] = [
  {
    url: 'https://academy.binance.com/ph/articles/an-overview-of-bitcoin-s-price-history',
    lang: 'tl',
    tags: ['prose', 'format'],
    title: 'Isang Pangkalahatang-ideya tungkol sa Kasaysayan ng Presyo ng Bitcoin',
    blocks: [
      {
        text: 'Nakaranas ang Bitcoin ng limang kapansin-pansing peak ng presyo mula nang likhain ito noong 2009. Sa ngayon, umabot ang cryptocurrency sa pinakamataas na humigit-kumulang 64,000 US dollars at dumami na ang gumagamit nito sa mainstream.',
        heading: 'TL;DR',
      },
      {
        text: 'Sa average, nakaranas ang Bitcoin ng 200% paglago bawat taon. Mula noong Agosto 2021, ang market cap ng Bitcoin ay humigit-kumulang $710,000,000,000 at ang pamamayani nito sa merkado ng crypto ay bahagyang mas mababa sa 50%.',
        heading: 'TL;DR',
      },
    ],
    expect: [p('64,000 US dollars', 64000), o('$710,000,000,000', 7.1e11)],
  },
];
