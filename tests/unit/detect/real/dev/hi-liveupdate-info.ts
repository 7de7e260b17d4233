import { o, p, type RealCase } from '../labels';

// Hindi web story (one slide per block) after the spot-ETF launch: the same level written "40,000 डॉलर"
// and "$40,000" on consecutive slides, a close with cents "$39,938.00", and ether's price on its own slide
// (the slide names ether, not Bitcoin).
export const cases: RealCase[] = [
  {
    url: 'https://liveupdate.info/web-stories/%E0%A4%AC%E0%A4%9F%E0%A4%95%E0%A4%87%E0%A4%A8-%E0%A4%A8-%E0%A4%85%E0%A4%AD-%E0%A4%B9%E0%A4%B2-%E0%A4%B9-%E0%A4%AE-%E0%A4%B9%E0%A4%88-%E0%A4%97%E0%A4%B0%E0%A4%B5%E0%A4%9F-%E0%A4%95-%E0%A4%AC%E0%A4%A6-4/',
    lang: 'hi',
    tags: ['prose', 'format'],
    blocks: [
      'सोमवार को बिटकॉइन सात सप्ताह के निचले स्तर पर फिसलकर 40,000 डॉलर पर आ गया, जो बिटकॉइन ईटीएफ लॉन्च के बाद का सबसे कम भाव है।',
      '11 जनवरी को 11 स्पॉट बिटकॉइन एक्सचेंज-ट्रेडेड फंड के लॉन्च के बाद बिटकॉइन पहली बार $40,000 से नीचे गिरा।',
      'दुनिया की सबसे बड़ी क्रिप्टोकरेंसी बिटकॉइन सोमवार को 3.98% गिरकर $39,938.00 पर ठहरी, जो इसका सबसे निचला स्तर है।',
      'ईथर की कमी: दूसरी सबसे बड़ी क्रिप्टोकरेंसी ईथर भी 6.37% की गिरावट के साथ 2,328.30 डॉलर पर आ गई है।',
      'अमेरिकी प्रतिभूति और विनिमय आयोग (एसईसी) की ओर से बिटकॉइन ईटीएफ को मंजूरी मिलने के बाद बिटकॉइन में तेजी आई थी।',
    ],
    expect: [
      p('40,000 डॉलर', 40000),
      p('$40,000', 40000),
      p('$39,938.00', 39938),
      o('2,328.30 डॉलर', 2328.3),
    ],
  },
];
