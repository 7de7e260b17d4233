import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hi.beincrypto.com/bitcoin-mining-cost-surges-in-q2-2025',
    lang: 'hi',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin माइनिंग लागत Q2 2025 में बढ़ी',
    blocks: [
      'Bitcoin माइनिंग इंडस्ट्री उथल-पुथल भरे दौर से गुजर रही है, जिसमें उत्पादन लागत बढ़ रही है और नेटवर्क हैशरेट रिकॉर्ड तोड़ रहा है।',
      { text: '2025 में एक Bitcoin माइन करने की लागत कितनी होगी', heading: 'लागत' },
      'TheMinerMag की नवीनतम रिपोर्ट के अनुसार, एक Bitcoin माइन करने की औसत लागत Q4 2024 में $52,000 से बढ़कर Q1 2025 में $64,000 हो गई। Q2 2025 में यह $70,000 से भी ऊपर चली गई, यानी सिर्फ दो तिमाहियों में 34% से अधिक की वृद्धि।',
    ],
    expect: [c('$52,000', 52000), c('$64,000', 64000), c('$70,000', 70000)],
  },
];
