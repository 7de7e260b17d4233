import { p, type RealCase } from '../labels';

// Hindi tech news: "1 Bitcoin का वैल्यू" in US dollars and lakh rupees, then the 2010 sub-cent value and its rupee equivalent.
export const cases: RealCase[] = [
  {
    url: 'https://www.aajtak.in/technology/tech-news/story/a-man-bought-2-pizzas-for-10000-bitcoins-ttec-1206285-2021-02-11',
    lang: 'hi',
    tags: ['prose', 'format'],
    blocks: [
      'इन दिनो क्रिप्टोकरेंसी Bitcoin काफी चर्चा में है. वजह ये है कि टेस्ला के फाउंडर और अरबपति एलॉन मस्क ने Bitcoin में बड़ा निवेश कर दिया है.',
      'फिलहाल Bitcoin का वैल्यू काफी बढ़ चुका है और खबर लिखे जाने के समय तक 1 Bitcoin का वैल्यू 45,860 अमेरिकी डॉलर है. भारत में 1 Bitcoin का वैल्यू लगभग 33 लाख रुपये है. लेकिन कुछ साल पहले ऐसा नहीं था.',
      'आज से 10 साल पहले Bitcoin की वैल्यू ऐसी नहीं थी. क्योंकि तब 10 हजार Bitcoin दे कर एक शख्स ने सिर्फ दो पिज्जा खरीदा था.',
      '2010 में 1 Bitcoin की वैल्यू 0.0003 अमेरिकी डॉलर थी. इसे भारतीय रुपये में तब्दील करें तो तब 1 Bitcoin को महज 0.22 रुपये में खरीदा जा सकता था. लेकिन तब ये कहां पता था कि 10 साल में 1 Bitcoin की वैल्यू बढ़ कर 33 लाख रुपये हो जाएगी.',
    ],
    expect: [
      p('45,860 अमेरिकी डॉलर', 45860),
      p('33 लाख रुपये', 3300000, 'INR'),
      p('0.0003 अमेरिकी डॉलर', 0.0003),
      p('0.22 रुपये', 0.22, 'INR'),
      p('33 लाख रुपये', 3300000, 'INR'),
    ],
  },
];
