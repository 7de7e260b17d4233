import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mhindi.news24online.com/article/business/first-transaction-of-cryptocurrency-man-bought-2-pizzas-for-10000-bitcoin-on-22-may-2010/719799',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title: '2 पिज्जा की कीमत 6000 करोड़ रुपये! ऐसी है बिटकॉइन की कहानी, 22 मई को हुआ था पहला ट्रांजेक्शन',
    blocks: [
      'Bitcoin Pizza Day : आपके हिसाब से दो पिज्जा कितने के होंगे? शायद 800 रुपये या 1000 रुपये, बहुत हुआ तो 1500 रुपये। अगर कहा जाए कि किसी ने दो पिज्जा के लिए करीब 6000 करोड़ रुपये चुकाए, तो क्या आप मानेंगे?',
      {
        heading: 'पहले बिटकॉइन की कीमत जान लें',
        text: 'आज 1 बिटकॉइन करीब 58 लाख रुपये का है। 2009 में शुरुआत के वक्त 1 बिटकॉइन लगभग 30 पैसे का हुआ करता था।',
      },
    ],
    expect: [
      o('800 रुपये', 800, 'INR'),
      o('1000 रुपये', 1000, 'INR'),
      o('1500 रुपये', 1500, 'INR'),
      o('6000 करोड़ रुपये', 6e10, 'INR'),
      p('58 लाख रुपये', 5800000, 'INR'),
      p('30 पैसे', 0.3, 'INR'),
    ],
  },
];
