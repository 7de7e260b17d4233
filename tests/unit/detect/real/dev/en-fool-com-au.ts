import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fool.com.au/2022/05/10/why-these-2-nasdaq-crypto-stocks-are-getting-crushed-today-usfeed',
    lang: 'en',
    tags: ['prose', 'change', 'format'],
    title: 'Why these 2 Nasdaq crypto stocks are getting crushed today',
    blocks: [
      'This article was originally published on Fool.com. All figures quoted in US dollars unless otherwise stated.',
      {
        heading: 'Why crypto weighed on the markets',
        text: 'Cryptocurrencies fell across the board, even the best-known ones. Bitcoin (CRYPTO: BTC) dropped nearly $2,300 to $32,300, while Ethereum (CRYPTO: ETH) lost more than $150 and slipped below the $2,400 mark. Smaller tokens such as Shiba Inu and Polkadot fell more than 14%.',
      },
    ],
    expect: [o('$2,300', 2300), p('$32,300', 32300), o('$150', 150), o('$2,400', 2400)],
  },
];
