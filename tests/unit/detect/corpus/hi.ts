import { btc, type CorpusCase, cost, other } from './types';

// Hindi press (Navbharat Times, Dainik Bhaskar, Zee Business style).
export const hi: CorpusCase[] = [
  {
    name: 'navbharat-style: कीमत पार',
    text: 'बिटकॉइन की कीमत 70,000 डॉलर के पार पहुंच गई है।',
    locale: 'hi',
    expect: [btc('70,000 डॉलर')],
  },
  {
    name: 'zee-business-style: लाख रुपये',
    text: 'भारतीय एक्सचेंज पर बिटकॉइन ₹58 लाख के स्तर पर कारोबार कर रहा है, जबकि एथेरियम ₹2.9 लाख पर है।',
    locale: 'hi',
    expect: [btc('₹58 लाख'), other('₹2.9 लाख')],
  },
  {
    name: 'dainik-bhaskar-style: ईटीएफ निवेश',
    text: 'बिटकॉइन ईटीएफ में 1 अरब डॉलर का निवेश आया।',
    locale: 'hi',
    expect: [other('1 अरब डॉलर')],
  },
  {
    name: 'aaj-tak-style: मार्केट कैप',
    text: 'क्रिप्टो बाजार का कुल मार्केट कैप 2.3 ट्रिलियन डॉलर है, और बिटकॉइन $67,500 पर है।',
    locale: 'hi',
    expect: [other('2.3 ट्रिलियन डॉलर'), btc('$67,500')],
  },
  {
    name: 'zee-business-style: माइनिंग लागत',
    text: 'एक बिटकॉइन की माइनिंग लागत लगभग 50,000 डॉलर है।',
    locale: 'hi',
    expect: [cost('50,000 डॉलर')],
  },
  {
    name: 'navbharat-style: गिरावट',
    text: 'बिटकॉइन में 4,000 डॉलर की गिरावट आई और यह 61,000 डॉलर पर आ गया।',
    locale: 'hi',
    expect: [other('4,000 डॉलर'), btc('61,000 डॉलर')],
  },
  {
    name: 'amar-ujala-style: सोना',
    text: 'सोने की कीमत ₹72,000 प्रति 10 ग्राम रही, जबकि बिटकॉइन ₹57,80,000 पर रहा।',
    locale: 'hi',
    expect: [other('₹72,000'), btc('₹57,80,000')],
  },
];
