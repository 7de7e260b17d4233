import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jasus007.com/the-price-of-2-pizzas-is-rs-6000-crore-this-is-the-story-of-bitcoin-the-first-transaction-took-place-on-may-22',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title: '2 पिज्जा की कीमत 6000 करोड़ रुपये! ऐसी है बिटकॉइन की कहानी, 22 मई को हुआ था पहला ट्रांजेक्शन',
    blocks: [
      '2 पिज्जा की कीमत 6000 करोड़ रुपये! ऐसी है बिटकॉइन की कहानी, 22 मई को हुआ था पहला ट्रांजेक्शन',
      'दुनिया का पहला बिटकॉइन लेनदेन 14 साल पहले हुआ था, जब एक व्यक्ति ने 10 हजार बिटकॉइन देकर 2 पिज्जा खरीदे थे।',
      {
        heading: 'सबसे पहले जानिए बिटकॉइन की कीमत',
        text: 'आज 1 बिटकॉइन करीब 58 लाख रुपये का है। इसकी शुरुआत 2009 में हुई, तब 1 बिटकॉइन लगभग 30 पैसे का था।',
      },
    ],
    expect: [o('6000 करोड़ रुपये', 6e10, 'INR'), p('58 लाख रुपये', 5800000, 'INR'), p('30 पैसे', 0.3, 'INR')],
  },
];
