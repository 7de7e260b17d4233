import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://steemcn.xyz/busy/@nawarjhoen/bad-news-for-bitcoin-miners',
    lang: 'en',
    tags: ['cost', 'prose', 'format', 'forum', 'anaphora'],
    title: 'bad news for bitcoin miners',
    blocks: [
      'hi stemian friend',
      'Some estimates say Bitcoin has fallen to a level where producing it no longer pays.',
      '"Bitcoin now trades at the break-even cost for bitcoin mining, $ 8,038 under the mining model our team built," Fundstrat’s Thomas Lee wrote in a Thursday report.',
      'The cryptocurrency dipped toward $ 8,000 on Thursday, per the CoinDesk bitcoin price index. Earlier it touched a low of $ 7,676.52, its weakest since Feb. 8.',
      'Sam Doctor, head of quantitative data science, assumes power at 6 cents per kilowatt hour plus other costs to reach a break-even forecast of $ 8,038.',
    ],
    expect: [
      c('$ 8,038', 8038),
      p('$ 8,000', 8000),
      p('$ 7,676.52', 7676.52),
      o('6 cents per kilowatt hour', 0.06),
      c('$ 8,038', 8038),
    ],
  },
];
