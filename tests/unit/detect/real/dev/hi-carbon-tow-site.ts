import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://carbon-tow.site/section-11/article-66913.html',
    lang: 'hi',
    tags: ['prose', 'anaphora'],
    title: 'what is bitcoin crypto currency',
    blocks: [
      'History of bitcoin: जून 2012 में Brian Armstrong की Coinbase कंपनी कैलिफोर्निया में रजिस्टर हुई, जिसका काम bitcoin की खरीद-बिक्री की सेवा देना था। कारोबार के पहले ही दिन कंपनी का share 100 अरब डॉलर का आंकड़ा पार कर गया, और अप्रैल 2021 में bitcoin अचानक 60 हजार डॉलर पर पहुंच गया।',
    ],
    expect: [o('100 अरब डॉलर', 100e9), p('60 हजार डॉलर', 60000)],
  },
];
