import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://qoinbook.com/news/bad-news-bitcoin-miners-no-longer-profitable-create-cryptocurrency-one-estimate/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title:
      'Bad news for bitcoin miners: It’s no longer profitable to create the cryptocurrency, by one estimate',
    blocks: [
      'Bad news for bitcoin miners: It’s no longer profitable to create the cryptocurrency, by one estimate',
      '“Bitcoin currently trades essentially at the break-even cost of mining a bitcoin, currently at $8,038 based on a mining model developed by our data science team,” Fundstrat’s Thomas Lee said in a report Thursday.',
      'The cryptocurrency traded mildly lower, near $8,000, Thursday, according to CoinDesk’s bitcoin price index, which tracks prices from four major global exchanges. Earlier, bitcoin hit a low of $7,676.52, its lowest since Feb. 8, according to CoinDesk data.',
      'In fact, the need to regularly replace equipment accounts for more than half the cost of mining, according to Fundstrat’s model, said Sam Doctor, head of quantitative data science. He assumes electricity costs of 6 cents per kilowatt hour and other expenses to arrive at the break-even estimate of $8,038.',
    ],
    expect: [
      c('$8,038', 8038),
      p('$8,000', 8000),
      p('$7,676.52', 7676.52),
      o('6 cents', 0.06),
      c('$8,038', 8038),
    ],
  },
];
