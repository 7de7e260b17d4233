import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kucoin.com/hi/news/flash/bitcoin-price-falls-below-mining-costs-squeezing-miners',
    lang: 'hi',
    tags: ['cost', 'prose'],
    blocks: [
      'अक्टूबर 2024 के ऊंचे स्तरों के उलट बिटकॉइन बाजार अब कड़ी परीक्षा से गुजर रहा है, क्योंकि BTC का भाव उसे माइन करने की औसत लागत से नीचे चला गया है।',
      'क्रिप्टोक्वांट के आंकड़ों के मुताबिक मौजूदा स्पॉट कीमत एक बिटकॉइन बनाने की अनुमानित 70,000 डॉलर से 80,000 डॉलर की लागत से काफी नीचे है, जिससे माइनिंग कंपनियों पर तुरंत वित्तीय दबाव आ गया है।',
    ],
    expect: [c('70,000 डॉलर', 70000), c('80,000 डॉलर', 80000)],
  },
];
