import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jantatv.com/amp/news/bitcoin-latest-update-then-bitcoin-increased-on-the-high-side-know-how-much-has-become-the-price',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'सबसे लोकप्रिय क्रिप्टोकरेंसी बिटकॉइन (Bitcoin) फिर तेजी से अपने ऑल टाइम हाई की ओर बढ़ रही है। वजीरएक्स (WazirX) पर दोपहर एक बजे यह 3.53 फीसदी चढ़कर 57565 डॉलर यानी 44,87,301 रुपये पर थी। अप्रैल के मध्य में इसकी कीमत 65,000 डॉलर के करीब गई थी, और जानकारों के मुताबिक यह जल्द 60 हजार डॉलर छू सकती है।',
      'दूसरी सबसे बड़ी क्रिप्टोकरेंसी ईथर (Ethereum) भी गुरुवार को 3.46 फीसदी चढ़कर 3614.31 डॉलर यानी 2,81,627 रुपये पर ट्रेड कर रही थी।',
    ],
    expect: [
      p('57565 डॉलर', 57565),
      p('44,87,301 रुपये', 4487301, 'INR'),
      p('65,000 डॉलर', 65000),
      p('60 हजार डॉलर', 60000),
      o('3614.31 डॉलर', 3614.31),
      o('2,81,627 रुपये', 281627, 'INR'),
    ],
  },
];

cases.push({
  url: 'https://jantatv.com/amp/News/bitcoin-story-laszlo-hanyecz-this-worlds-most-unlucky-man-eaten-pizza-day-would-have-become-billionaire',
  lang: 'hi',
  tags: ['prose', 'format'],
  blocks: [
    'Bitcoin Story: इस समय एक बिटकॉइन करीब 85 लाख रुपये का है। ऐसे में 10,000 बिटकॉइन की कीमत का हिसाब लगाना भी मुश्किल है — रकम इतनी बड़ी है कि गिनते-गिनते थक जाएंगे।',
  ],
  expect: [p('85 लाख रुपये', 8500000, 'INR')],
});
