import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://morns.ca/2024/07/24/bitcoins-daily-mining-revenue-dollar-value-plummets-to-historic-low',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin’s daily mining revenue dollar value plummets to historic low',
    blocks: [
      'Bitcoin’s hashprice, or the anticipated value of 1 petahash per second (PH/s) of hashing power per day, has plummeted to a historic low. According to Luxor’s hashprice index, at 6 a.m. EDT on July 4, 2024, the price per petahash dropped to $44.842 per PH/s.',
      'Despite the decrease in earnings, the seven-day simple moving average of Bitcoin’s hashrate shows computational power rising from 556 exahash per second (EH/s) to 578 EH/s.',
    ],
    expect: [o('$44.842', 44.842)],
  },
];
