import { p, type RealCase } from '../labels';

// Hindi-English blog explainer: the rate of one Bitcoin in dollars and its rupee equivalent with Indian grouping.
export const cases: RealCase[] = [
  {
    url: 'https://agriaffairs.com/bitcoin-%e0%a4%95%e0%a5%8d%e0%a4%af%e0%a4%be-%e0%a4%b9%e0%a5%88-%e0%a4%94%e0%a4%b0-bitcoins-%e0%a4%95%e0%a5%88%e0%a4%b8%e0%a5%87-earn-%e0%a4%95%e0%a4%bf%e0%a4%af%e0%a4%be-%e0%a4%9c%e0%a4%be-%e0%a4%b8',
    lang: 'hi',
    tags: ['prose', 'format'],
    title: 'Bitcoin क्या है? क्या इसमें Invest करना सही रहेगा?',
    blocks: [
      {
        text: 'Bitcoin एक Electronic Currency या कहें तो एक Digital Currency है, जिसे आप छू नहीं सकते, देख नहीं सकते – बस Online ही Store और Use कर सकते हैं।',
        heading: 'Bitcoin क्या है? (What is Bitcoin?)',
      },
      {
        text: 'ये एक Cryptocurrency Payment System है जिसका कोई Central Bank या Government Control नहीं करता। मतलब, इसकी Value Market Demand पर निर्भर करती है और बहुत तेजी से Up-Down होती है।',
        heading: 'Bitcoin क्या है? (What is Bitcoin?)',
      },
      {
        text: 'अभी एक Bitcoin का Rate लगभग $10,410 है यानी करीब ₹6,70,000+। (Rate हर पल बदल सकता है।)',
        heading: 'Bitcoin क्या है? (What is Bitcoin?)',
      },
    ],
    expect: [p('$10,410', 10410), p('₹6,70,000', 670000, 'INR')],
  },
];
