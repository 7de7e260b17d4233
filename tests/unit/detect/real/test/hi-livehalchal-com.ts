import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://livehalchal.com/?p=251936',
    lang: 'hi',
    tags: ['prose', 'anaphora'],
    blocks: [
      'कैंब्रिज यूनिवर्सिटी की एक रिपोर्ट के मुताबिक बिटक्वाइन माइनिंग में हर साल करीब 53 टेरावाट बिजली खर्च होती है। इस समय बिटक्वाइन सबसे महंगी क्रिप्टोकरेंसी है; आज एक बिटक्वाइन की कीमत 7.83 लाख रुपये है।',
    ],
    expect: [p('7.83 लाख रुपये', 783000, 'INR')],
  },
];
