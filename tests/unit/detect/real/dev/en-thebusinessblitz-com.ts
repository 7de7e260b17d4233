import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thebusinessblitz.com/bitcoin-price-today-btc-is-down-1-94/?amp=1',
    lang: 'en',
    tags: ['prose', 'label-value', 'anaphora'],
    title: 'Bitcoin price today: BTC is down 1.94%',
    blocks: [
      'What is the price of Bitcoin today?',
      'As of 8 a.m. ET, the price of Bitcoin (1 BTC) was $59,374.84. The cryptocurrency’s highest intraday price over the past year was $73,750.07 on March 14, 2024.',
      {
        text: "Bitcoin's all-time high was $73,750.07 on March 14, 2024. The lowest intraday price over the past year was $24,930.30 on September 11, 2023. Bitcoin is up 128% year-over-year.",
        heading: 'Bitcoin Price',
      },
      {
        text: 'The original cryptocurrency had humble beginnings in January 2009. Today, its market capitalization stands at $1.17 trillion.',
        heading: 'Bitcoin Price',
      },
    ],
    expect: [
      p('$59,374.84', 59374.84),
      p('$73,750.07', 73750.07),
      p('$73,750.07', 73750.07),
      p('$24,930.30', 24930.3),
      o('$1.17 trillion', 1.17e12),
    ],
  },
];
