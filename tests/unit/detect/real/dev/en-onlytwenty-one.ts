import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://onlytwenty.one/en/news/bitcoin-etfs-underwater-2-8-billion-in-outflows-and-systemic-risks-shake-the-mar-ml4rin81',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin ETFs Underwater: $2.8 Billion in Outflows and Systemic Risks Shake the Market',
    blocks: [
      'Bitcoin ETFs Underwater: $2.8 Billion in Outflows and Systemic Risks Shake the Market',
      {
        heading: 'The Facts',
        text: 'The eleven US spot Bitcoin ETFs manage about $113 billion and together hold around 1.28 million BTC [1]. That implies an average entry price of roughly $87,830 per Bitcoin. Yet the Bitcoin price fell from $84,000 on Saturday by about 11 percent to a nine-month low near $74,600 [1].',
      },
      {
        heading: 'The Facts',
        text: 'The funds logged their second- and third-largest outflow waves ever: $1.49 billion last week and $1.32 billion the week before [1]. While Bitcoin is down 40 percent from its October high, ETF assets have fallen 31.5 percent from their $165 billion peak [1].',
      },
    ],
    expect: [
      o('$2.8 Billion', 2.8e9),
      o('$113 billion', 113e9),
      p('$87,830', 87830),
      p('$84,000', 84000),
      p('$74,600', 74600),
      o('$1.49 billion', 1.49e9),
      o('$1.32 billion', 1.32e9),
      o('$165 billion', 165e9),
    ],
  },
];
