import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.whalesbook.com/news/Hindi/crypto/Bitcoin-Mining-Costs-EXPOSED-Global-Divide-Revealed-dollar306000-in-Italy-vs-dollar1320-in-Iran/693155a765a9badb9b7792aa',
    lang: 'hi',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'बिटकॉइन माइनिंग की लागत का खुलासा',
    blocks: [
      'बिटकॉइन माइनिंग की लागत का खुलासा: वैश्विक अंतर सामने आया - इटली में $306,000 बनाम ईरान में $1,320!',
      {
        text: 'बिटकॉइन माइनिंग की लागतें बिजली की कीमतों, हार्डवेयर और नेटवर्क की कठिनाई के कारण दुनिया भर में बहुत अलग हैं। ईरान में सस्ती बिजली के कारण प्रति बिटकॉइन सबसे कम लागत $1,320 आती है, जबकि इटली में यह लागत लगभग $306,000 है, जिससे वहां माइनिंग अव्यवहारिक हो जाती है।',
        heading: 'Overview',
      },
    ],
    expect: [c('$306,000', 306000), c('$1,320', 1320), c('$1,320', 1320), c('$306,000', 306000)],
  },
];
