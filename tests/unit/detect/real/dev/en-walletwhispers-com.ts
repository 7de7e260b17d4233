import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://walletwhispers.com/news/bitcoin-100k-threshold-bold-prediction',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title: 'Bitcoin 100k threshold: a bold prediction',
    blocks: [
      'A bold statement about Bitcoin has set off chatter among forum participants. In a recent post, a member declared that if Bitcoin drops below $100,000, they would eat their left testicle.',
      'Some users doubted the bet, saying it was virtually impossible for Bitcoin to drop below the threshold. One user remarked, "If it drops below 100k, I’ll eat the dip and laugh."',
      'Additionally, users shared their own milestones, claiming that Bitcoin has now surpassed NZD 200,000. One user proudly stated, "In NZD terms, bitcoin just cracked a delicious $200,000," reinforcing the currency\'s high value in other markets.',
    ],
    expect: [
      p('$100,000', 100000),
      p('100k', 100000),
      p('NZD 200,000', 200000, 'NZD'),
      p('$200,000', 200000, 'NZD'),
    ],
  },
];
