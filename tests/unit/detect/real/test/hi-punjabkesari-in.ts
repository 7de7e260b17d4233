import { o, p, type RealCase } from '../labels';

// Hindi daily's business desk: investors' loss "1 ट्रिलियन डॉलर" (a total) in headline and lede, then
// a threshold and an intraday low of BTC.
export const cases: RealCase[] = [
  {
    url: 'https://www.punjabkesari.in/business/news/the-crypto-crash-continues-investors-lose-1-trillion-2248105',
    lang: 'hi',
    tags: ['prose', 'format'],
    title: 'Why Bitcoin Crashing: क्रिप्टो क्रैश जारी! निवेशकों के डूबे 1 ट्रिलियन डॉलर',
    blocks: [
      'Why Bitcoin Crashing: क्रिप्टो क्रैश जारी! निवेशकों के डूबे 1 ट्रिलियन डॉलर',
      'क्रिप्टो बाजार में गिरावट थम नहीं रही है। बुधवार को भी बाजार लाल निशान में रहा और दुनिया की सबसे बड़ी क्रिप्टोकरेंसी बिटकॉइन सात महीनों के सबसे निचले स्तर पर आ गई। लगातार गिरावट से निवेशकों को 1 ट्रिलियन डॉलर से ज्यादा का झटका लगा है।',
      'न्यूयॉर्क सत्र में बिटकॉइन 90,000 डॉलर के नीचे फिसलकर 88,522 डॉलर तक गिर गई।',
    ],
    expect: [
      o('1 ट्रिलियन डॉलर', 1e12),
      o('1 ट्रिलियन डॉलर', 1e12),
      p('90,000 डॉलर', 90000),
      p('88,522 डॉलर', 88522),
    ],
  },
];
