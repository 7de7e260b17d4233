import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hindi.moneycontrol.com/news/your-money/bitcoin-price-bitcoin-falls-below-dollar-90000-what-is-the-reaton-of-this-fall-2311223.html/amp',
    lang: 'hi',
    tags: ['prose', 'format', 'change'],
    blocks: [
      '15 दिसंबर को बिटकॉइन 89,608 डॉलर पर आ गया, यानी बीते 24 घंटों में 0.62 फीसदी नीचे। इसके साथ बिटकॉइन का कुल मार्केट कैपिटलाइजेशन 130 अरब डॉलर घटकर 2.98 लाख करोड़ डॉलर रह गया। सुबह एक समय यह फिसलकर 87,996 डॉलर तक आ गया था। आखिर इस गिरावट की वजह क्या है?',
    ],
    expect: [
      p('89,608 डॉलर', 89608),
      o('130 अरब डॉलर', 130e9),
      o('2.98 लाख करोड़ डॉलर', 2.98e12),
      p('87,996 डॉलर', 87996),
    ],
  },
  {
    url: 'https://hindi.moneycontrol.com/news/business/bitcoin-price-nears-to-100000-usd-on-postive-sentiment-in-doanld-trump-regime-after-winning-us-president-election-investors-got-over-200000000-percent-return-1939214.html/amp',
    lang: 'hi',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'BitCoin Roars: मार्केट कैप के लिहाज से दुनिया की सबसे बड़ी क्रिप्टोकरेंसी बिटक्वॉइन ने निवेशकों की झोली भर दी है। कितनी, इसका अंदाजा ऐसे लगाइए कि 14 साल में इसने 10 हजार डॉलर के निवेश को 2048 करोड़ डॉलर में बदल दिया। इसी महीने की बात करें तो सिर्फ 20 दिनों में इसके भाव करीब 15000 डॉलर चढ़े हैं, यानी 20 दिन में 33 फीसदी का रिटर्न।',
    ],
    expect: [o('10 हजार डॉलर', 10000), o('2048 करोड़ डॉलर', 20.48e9), o('15000 डॉलर', 15000)],
  },
];
