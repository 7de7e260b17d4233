import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.abplive.com/business/bitcoin-rising-in-february-and-going-towards-the-biggest-monthly-gain-since-dec-2020-2625654/amp',
    lang: 'hi',
    tags: ['prose', 'format'],
    blocks: [
      'Bitcoin ETF: बिटकॉइन 60 हजार डॉलर के आंकड़े के बेहद करीब आ गया है. फरवरी में यह डिजिटल करेंसी करीब 39.7 फीसदी उछल चुकी है. बुधवार को बिटकॉइन 4.3 फीसदी चढ़कर 59244 डॉलर पर ट्रेड कर रहा था. तेजी बनी रही तो आने वाले दिनों में यह अपने ऑल टाइम हाई रेट 69 हजार डॉलर को भी छू सकता है.',
    ],
    expect: [p('60 हजार डॉलर', 60000), p('59244 डॉलर', 59244), p('69 हजार डॉलर', 69000)],
  },
];

cases.push({
  url: 'https://www.abplive.com/videos/business/after-gold-and-silver-now-bitcoin-is-taking-off-reaching-a-record-high-even-surpassing-amazon-3024745/amp',
  lang: 'hi',
  tags: ['prose', 'format'],
  title: 'Gold-Silver के बाद अब Bitcoin की धमाकेदार उड़ान – Record High पर पहुंचा, Amazon को भी पछाड़ा!',
  blocks: [
    'Bitcoin ने फिर इतिहास रचा है। रविवार को बिटकॉइन की कीमत रिकॉर्ड $1,25,689 (करीब ₹1.11 करोड़) तक पहुंची। अमेरिका में संभावित शटडाउन की चिंता में निवेशक पूंजी को सुरक्षित संपत्तियों में लगा रहे हैं।',
    'मार्केट कैप में Amazon को पीछे छोड़ते हुए बिटकॉइन अब $2.4 ट्रिलियन डॉलर के पार है और दुनिया की सातवीं सबसे मूल्यवान संपत्ति बन गया है।',
  ],
  expect: [p('$1,25,689', 125689), p('₹1.11 करोड़', 1.11e7, 'INR'), o('$2.4 ट्रिलियन डॉलर', 2.4e12)],
});
