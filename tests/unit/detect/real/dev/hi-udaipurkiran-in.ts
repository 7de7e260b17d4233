import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://udaipurkiran.in/hindi/bitcoin-crossed-52600-level%E0%A4%AC%E0%A4%BF%E0%A4%9F%E0%A4%95%E0%A5%89%E0%A4%87%E0%A4%A8-%E0%A4%A8%E0%A5%87-%E0%A4%AA%E0%A4%BE%E0%A4%B0-%E0%A4%95%E0%A4%BF%E0%A4%AF%E0%A4%BE-52600-%E0%A4%A1/',
    lang: 'hi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'बिटकॉइन ने पार किया 52600 डॉलर का स्तर',
    blocks: [
      'मुंबई (Mumbai) . दुनिया की प्रचलित क्रिप्टोकरेंसी बिटक्वाइन की कीमत नए रिकॉर्ड हाई पर पहुंच गई है. इसका भाव 52640 डॉलर (Dollar) पर पहुंच गया है. इससे पहले एक यूनिट की कीमत 50 हजार डॉलर (Dollar) के पार चली गई थी. करीब साल भर पहले इसकी एक यूनिट की कीमत 10 हजार डॉलर (Dollar) थी. इस महीने कीमत में 58 फीसदी उछाल आया है.',
    ],
    expect: [p('52640 डॉलर', 52640), p('50 हजार डॉलर', 50000), p('10 हजार डॉलर', 10000)],
  },
];
