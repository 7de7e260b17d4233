import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://1689.news/2024/09/18/bitcoin-plunges-amid-nvidia-stock-crash-and-doj-antitrust-investigation/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin plunges amid Nvidia stock crash and DOJ antitrust investigation',
    blocks: [
      'Bitcoin recently sank to $56,000 as crypto markets slumped alongside a steep fall in Nvidia’s stock.',
      'After the DOJ announcement Nvidia shares dropped 9.5%, erasing an astonishing $279 billion in market capitalization, a record one-day loss for any company.',
      'Cryptocurrencies were not spared. Bitcoin, the leading digital currency by market value, fell sharply to $56,000, well off its recent highs. Ethereum (ETH) dropped to $2,400.',
    ],
    expect: [p('$56,000', 56000), o('$279 billion', 279e9), p('$56,000', 56000), o('$2,400', 2400)],
  },
];
