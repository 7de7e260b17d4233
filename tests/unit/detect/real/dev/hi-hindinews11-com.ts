import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hindinews11.com/web-stories/good-news-for-bitcoin-holders-the-price-will-soon-cross-70-thousand-dollars/',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin की अगले कुछ माह में 54 लाख हो जाएगी कीमत, एक्सपर्ट ने की भविष्यवाणी',
    blocks: [
      'Bitcoin की अगले कुछ माह में 54 लाख हो जाएगी कीमत, एक्सपर्ट ने की भविष्यवाणी',
      'Bitcoin भले ही अभी निचले स्तर पर कारोबार कर रहा हो, लेकिन एक्सपर्ट कहते हैं कि..',
      'अगले कुछ माह में यह अपने उच्चतम स्तर 70 हजार डॉलर यानी कि 54 लाख के करीब पहुंच सकता है।',
    ],
    expect: [p('54 लाख', 5400000, 'INR'), p('70 हजार डॉलर', 70000), p('54 लाख', 5400000, 'INR')],
  },
  {
    url: 'https://www.hindinews11.com/web-stories/good-news-for-bitcoin-holders-the-price-will-soon-cross-70-thousand-dollars/',
    lang: 'hi',
    tags: ['anaphora', 'format'],
    title: 'Bitcoin की अगले कुछ माह में 54 लाख हो जाएगी कीमत, एक्सपर्ट ने की भविष्यवाणी',
    blocks: [
      'बायनेंस के सीईओ Changpeng Zhao ने कहा कि अगले कुछ माह में Bitcoin की कीमत अपने उच्चतम स्तर के करीब पहुंच जाएगी।',
      'जो अगले दो सालों तक 70 हजार डॉलर यानी कि 54 लाख के करीब पर ही कारोबार करती रहेगी।',
      'झाओ कहते है कि 68 हजार डॉलर से 20 हजार डॉलर तक बिटकॉइन की कीमतों में आई गिरावट की रिकव्हरी में..',
    ],
    expect: [
      p('70 हजार डॉलर', 70000),
      p('54 लाख', 5400000, 'INR'),
      p('68 हजार डॉलर', 68000),
      p('20 हजार डॉलर', 20000),
    ],
  },
];
