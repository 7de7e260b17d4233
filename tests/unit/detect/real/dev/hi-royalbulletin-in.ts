import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://royalbulletin.in/sharp-fluctuations-in-crypto-currency-market-fall-in-2-virtual-currencies-including-bitcoin/102285',
    lang: 'hi',
    tags: ['prose'],
    blocks: [
      'नई दिल्ली। क्रिप्टो करेंसी मार्केट में पिछले 24 घंटे के कारोबार के दौरान जबरदस्त उतार चढ़ाव होता नजर आ रहा है। दुनिया की सबसे बड़ी क्रिप्टो करेंसी बिटकॉइन इस अवधि में 34,100 डॉलर से लेकर 35,200 डॉलर के बीच लगातार ऊपर नीचे हो रहा है।',
      'हालांकि भारतीय समय के मुताबिक शाम 5 बजे बिटकॉइन 0.13 प्रतिशत की कमजोरी के साथ कारोबार करता नजर आ रहा था।',
    ],
    expect: [p('34,100 डॉलर', 34100), p('35,200 डॉलर', 35200)],
  },
];
