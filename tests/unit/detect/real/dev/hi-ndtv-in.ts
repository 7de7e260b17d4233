import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ndtv.in/videos/bitcoin-price-today-what-is-this-how-does-bitcoin-work-ndtv-explainer-869577',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin Price Today: क्या है बिटकॉयन, कैसे करता है काम? NDTV Explainer',
    blocks: [
      'Bitcoin Price Today: ज़रा सोचिए, दुनिया में एक ऐसी मुद्रा है जिसकी एक यूनिट यानी एक Coin 1 लाख डॉलर के बराबर है, यानी भारतीय मुद्रा में 87 लाख रुपए से भी ज़्यादा... एक Coin की क़ीमत 87,16,106 रुपए... ये एक वर्चुअल Coin है जिसका नाम है बिटकॉयन, जो ट्रंप के चुनाव जीतने के बाद से लगातार चढ़ रहा है... 5 नवंबर के नतीजों के बाद से इसकी क़ीमत 45% बढ़ चुकी है...',
    ],
    expect: [p('1 लाख डॉलर', 100000), p('87 लाख रुपए', 8700000, 'INR'), p('87,16,106 रुपए', 8716106, 'INR')],
  },
];
