import { o, p, type RealCase } from '../labels';

// Hindi news: headline in lakh rupees, the record as "68 हजार डॉलर" and then as a bare "68,049" with the currency left out; market cap in trillions.
export const cases: RealCase[] = [
  {
    url: 'https://zndm.news/bitcoin-price-today-bitcoin-at-all-time-high-crosses-68-thousand-ethereum-also-rises',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin Price - बिटक्वाइन में अबतक की सबसे बड़ी तेजी',
    blocks: [
      'Bitcoin Price - बिटक्वाइन में अबतक की सबसे बड़ी तेजी, 50 लाख रुपये के करीब पहुंची कीमत',
      'सबसे बड़ी क्रिप्टोकरेंसी बिटक्वाइन के दाम ऑल टाइम रिकॉर्ड हाई पर हैं. मंगलवार दोपहर बिटक्वाइन 68 हजार डॉलर के पार निकल गया. अक्टूबर से चल रही रैली को आगे बढ़ाते हुए यह अब तक के सबसे ऊंचे स्तर 68,049 पर पहुंच गई.',
      'बाजार में आई इस रैली से क्रिप्टोकरेंसी का मार्केट कैपिटलाइजेशन सिर्फ एक महीने में 1 डॉलर ट्रिलियन से बढ़कर 3 ट्रिलियन डॉलर पहुंच गया है.',
    ],
    expect: [
      p('50 लाख रुपये', 5000000, 'INR'),
      p('68 हजार डॉलर', 68000),
      p('68,049', 68049),
      o('1 डॉलर ट्रिलियन', 1000000000000),
      o('3 ट्रिलियन डॉलर', 3000000000000),
    ],
  },
];
