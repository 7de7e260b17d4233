import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.coindesk.com/business/2022/08/09/cipher-mining-lowers-per-terahash-cost-of-mining-rigs-even-as-quarterly-loss-widens/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Cipher Mining Lowers Per-Terahash Cost of Crypto Mining Rigs Even as Quarterly Loss Widens',
    blocks: [
      'Cipher Mining (CIFR) said it cut its spending on bitcoin mining rigs by about $10 per terahash/second, while its second-quarter net loss widened from the first quarter.',
      'The company posted a second-quarter net loss of $29 million, against $17.5 million in the first quarter.',
      'The fleet will run at 32.1 joules per terahash (J/TH) and was bought at an average $34.96 per terahash/second (TH/s), below the $45 TH/s reported in the first quarter. Rigs under 38 J/TH go for $35.20 per TH/s, per Luxor Hashrate Index.',
      'Cipher has placed $196.7 million in equipment deposits, down from $207 million in the first quarter.',
      'Cipher has locked in a fixed price of about $27 per megawatt hour.',
    ],
    expect: [
      o('$10 per terahash/second', 10),
      o('$29 million', 29e6),
      o('$17.5 million', 17.5e6),
      o('$34.96 per terahash/second', 34.96),
      o('$45 TH/s', 45),
      o('$35.20 per TH/s', 35.2),
      o('$196.7 million', 196.7e6),
      o('$207 million', 207e6),
      o('$27 per megawatt hour', 27),
    ],
  },
];
