import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dainikjagranmpcg.com/business/know-the-investment-in-bitcoin-in-india-and-the-reasons/article-28035',
    lang: 'hi',
    tags: ['prose', 'format'],
    title: 'भारत में क्यों तेजी से बढ़ रहा है बिटकॉइन में निवेश? जानिए इसके पीछे की वजहें और भविष्य की संभावनाएं',
    blocks: [
      'भारत में क्रिप्टोकरेंसी, खासकर बिटकॉइन, को लेकर निवेशकों की दिलचस्पी फिर बढ़ी है।',
      'पिछले कुछ हफ्तों में आई रिकॉर्ड तेजी ने देशभर के लोगों को इस ओर खींचा है। बिटकॉइन की कीमत के 1 करोड़ रुपये के करीब पहुंचने से क्रिप्टो बाजार में हलचल बढ़ गई है।',
    ],
    expect: [p('1 करोड़ रुपये', 1e7, 'INR')],
  },
];
