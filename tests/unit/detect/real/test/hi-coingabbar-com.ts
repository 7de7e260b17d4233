import { c, type RealCase } from '../labels';

// Hindi crypto news on CoinGecko's mining-cost study: the average household-electricity cost to mine
// one Bitcoin, with "1 Bitcoin माइन करने की" before the dollar figure.
export const cases: RealCase[] = [
  {
    url: 'https://www.coingabbar.com/hi/crypto-currency-news/lebanon-can-become-a-mining-hub-due-to-cheap-bitcoin-mining',
    lang: 'hi',
    tags: ['cost', 'prose'],
    title: 'सस्ती Bitcoin माइनिंग से Lebanon बन सकता है माइनिंग हब',
    blocks: [
      '2022 के बियर मार्केट के बाद Bitcoin माइनिंग सेक्टर फिर से संभल रहा है, लेकिन बिजली की बढ़ती खपत ने कई देशों की सरकारों की चिंता बढ़ा दी है।',
      'रिपोर्ट के अनुसार Europe में 1 Bitcoin माइन करने की औसत घरेलू बिजली लागत $46,291.24 है, जो जुलाई 2023 में 1 BTC की औसत दैनिक कीमत से 35% अधिक है।',
    ],
    expect: [c('$46,291.24', 46291.24)],
  },
];
