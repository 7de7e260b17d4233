import { o, p, type RealCase } from '../labels';

// Hindi edition of a finance portal, short price item: two BTC levels in डॉलर, and a market-cap
// change and total with Indian scale words (अरब, लाख करोड़), which are other amounts.
export const cases: RealCase[] = [
  {
    url: 'https://hindi.moneycontrol.com/news/your-money/bitcoin-price-bitcoin-falls-below-dollar-90000-what-is-the-reaton-of-this-fall-2311223.html/amp',
    lang: 'hi',
    tags: ['prose', 'format'],
    title: 'Bitcoin Price: बिटकॉइन 90000 डॉलर से नीचे, क्या है गिरावट की वजह?',
    blocks: [
      'बिटकॉइन 15 दिसंबर को 89,608 डॉलर पर आ गया, जो बीते 24 घंटों में 0.62 फीसदी की गिरावट है।',
      'इससे बिटकॉइन का कुल मार्केट कैपिटलाइजेशन 130 अरब डॉलर घटकर 2.98 लाख करोड़ डॉलर रह गया।',
      'सुबह एक समय बिटकॉइन गिरकर 87,996 डॉलर पर आ गया था।',
    ],
    expect: [
      p('89,608 डॉलर', 89608),
      o('130 अरब डॉलर', 130e9),
      o('2.98 लाख करोड़ डॉलर', 2.98e12),
      p('87,996 डॉलर', 87996),
    ],
  },
];
