import { o, p, type RealCase } from '../labels';

// Indian regional TV site, crypto crash roundup: Bitcoin levels in dollars with Indian scale words ("20 हजार
// डॉलर"), a what-if investment in rupees ("एक लाख रुपए", a worded lakh), a "read more" link to an unrelated
// infrastructure story ("4.98 लाख करोड़ रुपये") and the market cap as "1 लाख करोड़ डॉलर" (one trillion).
export const cases: RealCase[] = [
  {
    url: 'https://www.ibc24.in/business/cryptocurrency-bitcoin-falls-70-percent-below-19000-952845.html/amp',
    lang: 'hi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cryptocurrency Price update',
    blocks: [
      'Cryptocurrency Price update',
      'Cryptocurrency Price update: क्रिप्टो बाजार की हालत बिगड़ गई है और बाजार लगभग क्रैश हो चुका है, सबसे बड़ी क्रिप्टोकरेंसी बिटकॉइन की कीमत 20,000 डॉलर के अपने अहम सपोर्ट लेवल से नीचे फिसल गई है। आज रविवार को एक बिटकॉइन 18,487 डॉलर पर चल रहा है। यानी अपने शिखर से इस करेंसी की वैल्यू 70 फीसदी घट चुकी है। ज्यादातर बड़ी करेंसी का यही हाल है।',
      'Bitcoin नवंबर 2021 में अपने ऑल टाइम हाई पर था, तब एक Bitcoin की कीमत 69,000 डॉलर के पार चली गई थी। एक साल के भीतर ही यह सबसे बड़ी क्रिप्टोकरेंसी 70 फीसदी गिरकर 20 हजार डॉलर के नीचे आ गई है। मतलब अगर तब आपने इसमें एक लाख रुपए लगाए होते तो आज आपका निवेश 30 हजार रुपए से भी कम रह गया होता।',
      'read more: बुनियादी ढांचा क्षेत्र की 428 परियोजनाओं की लागत 4.98 लाख करोड़ रुपये बढ़ी',
      'क्रिप्टोकरेंसी का मार्केट कैप इस समय 1 लाख करोड़ डॉलर के नीचे आ गया है।',
    ],
    expect: [
      p('20,000 डॉलर', 20000),
      p('18,487 डॉलर', 18487),
      p('69,000 डॉलर', 69000),
      p('20 हजार डॉलर', 20000),
      o('एक लाख रुपए', 100000, 'INR'),
      o('30 हजार रुपए', 30000, 'INR'),
      o('4.98 लाख करोड़ रुपये', 4.98e12, 'INR'),
      o('1 लाख करोड़ डॉलर', 1e12),
    ],
  },
];
