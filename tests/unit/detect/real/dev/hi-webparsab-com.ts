import { o, type RealCase } from '../labels';

// Hindi Q&A-style post: "can I buy Bitcoin for 100 rupees?" — a purchase amount next to Bitcoin, never a price.
export const cases: RealCase[] = [
  {
    url: 'https://www.webparsab.com/?p=5899',
    lang: 'hi',
    tags: ['forum', 'prose'],
    title: 'क्या मैं 100 रुपये में बिटकॉइन खरीद सकता हूं?',
    blocks: [
      'क्या मैं 100 रुपये में बिटकॉइन खरीद सकता हूं? आसान भाषा में समझिए | Can I buy 100 rs Bitcoin',
      'आजकल सोशल मीडिया, न्यूज या दोस्तों की बातचीत में जब भी बिटकॉइन का नाम आता है तो मन में एक ही सवाल उठता है कि क्या हम भी इससे पैसे कमा सकते हैं? और जब बिटकॉइन का रेट देखते हैं जो लाखों में चलता है, तो लगता है कि यह अमीरों का ही खेल है। क्या आप और हम जैसे आम लोग सिर्फ 100 रुपये से बिटकॉइन खरीद सकते हैं? चलिए इसी सवाल का जवाब आराम से समझते हैं।',
    ],
    expect: [o('100 रुपये', 100, 'INR'), o('100 rs', 100, 'INR'), o('100 रुपये', 100, 'INR')],
  },
];
