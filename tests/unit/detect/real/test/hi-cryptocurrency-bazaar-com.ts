import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptocurrency-bazaar.com/bitcoin-%E0%A4%AB%E0%A4%BF%E0%A4%B0-20-%E0%A4%B9%E0%A4%9C%E0%A4%BE%E0%A4%B0-%E0%A4%A1%E0%A5%89%E0%A4%B2%E0%A4%B0-%E0%A4%95%E0%A5%87-%E0%A4%AE%E0%A4%BE%E0%A4%B0%E0%A5%8D%E0%A4%95-%E0%A4%B8/',
    lang: 'hi',
    tags: ['prose', 'format'],
    blocks: [
      'मंगलवार को इंडियन एक्सचेंज कॉइनस्विच कुबेर पर बिटकॉइन (Bitcoin) 2.65 फीसदी की गिरावट के साथ 20,934 डॉलर (लगभग 16 लाख रुपये) पर कारोबार कर रहा था।',
      'Binance और CoinMarketCap के अनुसार बिटकॉइन 19,937 डॉलर (लगभग 15.8 लाख रुपये) पर ट्रेड कर रही थी और BTC की कीमतों में 2.64 फीसदी से अधिक की गिरावट दर्ज की गई।',
    ],
    expect: [
      p('20,934 डॉलर', 20934),
      p('16 लाख रुपये', 1600000, 'INR'),
      p('19,937 डॉलर', 19937),
      p('15.8 लाख रुपये', 1580000, 'INR'),
    ],
  },
];
