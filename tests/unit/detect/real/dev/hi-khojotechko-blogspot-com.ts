import { o, p, type RealCase } from '../labels';

// Hindi blog: "हज़ार रुपए" in words, a bare "20,00,000" with no currency, then the price of 1 Bitcoin in ₹.
export const cases: RealCase[] = [
  {
    url: 'https://khojotechko.blogspot.com/2021/01/what-is-Bitcoin.html',
    lang: 'hi',
    tags: ['prose', 'format'],
    blocks: [
      'दोस्तों, अगर मैं आपसे से कहूं कि दस साल पहले आपने\nहज़ार रुपए इन्वेस्ट किए होते और उसी इन्वेस्ट किए गए हज़ार रुपए का आपको 20,00,000 मिलता तो शायद आपको इस बात पर यकीन नहीं होगा। लेकिन यह सच है कि आज 1 Bitcoin की कीमत लगभग ₹20,00,000 है। तो आइए जानते हैं कि यह Bitcoin होता क्या है और क्या आपको भी इसे खरीदना चाहिए ?',
    ],
    expect: [o('हज़ार रुपए', 1000, 'INR'), o('हज़ार रुपए', 1000, 'INR'), p('₹20,00,000', 2000000, 'INR')],
  },
];
