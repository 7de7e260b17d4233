import { p, type RealCase } from '../labels';

// Hindi daily price-prediction post: lakh-rupee levels, a bare rupee figure and a 24-hour high/low with decimals.
export const cases: RealCase[] = [
  {
    url: 'https://starsavera.com/27509',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title:
      'Bitcoin Price Prediction, INR, Hindi 14th April, 2022: 14 अप्रैल को 31.79 लाख रुपये के करीब हो सकता है बिटकॉइन!',
    blocks: [
      'Bitcoin Price Prediction, INR, Hindi 14th April, 2022: 14 अप्रैल को 31.79 लाख रुपये के करीब हो सकता है बिटकॉइन!',
      'Bitcoin की कीमत 14 अप्रैल 2022 को सुबह लगभग सवा दस बजे 31.79 लाख रुपये के करीब हो सकती है। दरअसल, CoinDCX के अनुसार, Bitcoin की वर्तमान कीमत 13 अप्रैल को सुबह करीब सवा दस बजे लगभग 31.75 लाख रुपये थी और बीते 24 घंटों में बिटकॉइन की कीमत में 0.133 फीसदी की गिरावट देखी गई थी।',
      'अब यहां अगर माना जाए कि यह गिरावट ऐसे ही जारी रहती है तो Bitcoin की कीमत 14 अप्रैल को 3179808 रुपये के करीब रह सकती है। CoinDCX के अनुसार, बीते 24 घंटे की अवधि में बिटकॉइन 32,40,000.00 रुपये के उच्च स्तर और 31,26,000.03 रुपये के निचले स्तर तक गया।',
    ],
    expect: [
      p('31.79 लाख रुपये', 3179000, 'INR'),
      p('31.79 लाख रुपये', 3179000, 'INR'),
      p('31.75 लाख रुपये', 3175000, 'INR'),
      p('3179808 रुपये', 3179808, 'INR'),
      p('32,40,000.00 रुपये', 3240000, 'INR'),
      p('31,26,000.03 रुपये', 3126000.03, 'INR'),
    ],
  },
];
