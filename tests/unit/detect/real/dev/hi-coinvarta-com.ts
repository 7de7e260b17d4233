import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinvarta.com/%e0%a4%95%e0%a5%8d%e0%a4%b0%e0%a4%bf%e0%a4%aa%e0%a5%8d%e0%a4%9f%e0%a5%8b%e0%a4%95%e0%a4%b0%e0%a4%82%e0%a4%b8%e0%a5%80-%e0%a4%9c%e0%a4%97%e0%a4%a4-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%8f%e0%a4%95',
    lang: 'hi',
    tags: ['prose', 'anaphora'],
    blocks: [
      'एक नई रिपोर्ट के मुताबिक बिटकॉइन की कीमत अब 60,000 डॉलर से ऊपर निकल गई है; मजबूत आर्थिक आंकड़े और नए निवेशकों की बढ़ती रुचि इसकी बड़ी वजह हैं।',
      'कुछ ही हफ्ते पहले यह 50,000 डॉलर के आसपास था।',
    ],
    expect: [p('60,000 डॉलर', 60000), p('50,000 डॉलर', 50000)],
  },
];
