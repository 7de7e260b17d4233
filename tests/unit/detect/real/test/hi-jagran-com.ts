import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.jagran.com/business/biz-bitcoin-was-first-used-to-buy-pizza-two-pizzas-purchased-for-10000-bitcoins-today-1-bitcoin-worth-1-crore-rupees-40028414.html',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title:
      'पहली बार पिज्जा खरीदने के लिए इस्तेमाल हुआ था Bitcoin, 2 पीस के दिए थे 10000 बिटकॉइन; आज 1 की कीमत ₹1 करोड़',
    blocks: [
      'पहली बार पिज्जा खरीदने के लिए इस्तेमाल हुआ था Bitcoin, 2 पीस के दिए थे 10000 बिटकॉइन; आज 1 की कीमत ₹1 करोड़',
      'Bitcoin Pizza Story: दुनिया की पहली डिजिटल करेंसी बिटकॉइन की शुरुआत कौड़ियों के भाव हुई थी। 2010 में लास्जलो हैनीज ने 10,000 बिटकॉइन देकर दो पिज्जा खरीदे थे। आज एक बिटकॉइन करीब 1 करोड़ रुपये का है।',
      'नई दिल्ली। आज बिटकॉइन खरीदना हर किसी के बस की बात नहीं, क्योंकि एक बिटकॉइन का भाव लगभग 1 करोड़ रुपये के आसपास है।',
    ],
    expect: [p('₹1 करोड़', 1e7, 'INR'), p('1 करोड़ रुपये', 1e7, 'INR'), p('1 करोड़ रुपये', 1e7, 'INR')],
  },
];
