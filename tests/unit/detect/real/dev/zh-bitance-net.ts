import { o, p, type RealCase } from '../labels';

// Simplified-Chinese mining explainer on how much power an Antminer S9 draws: the rig price and the per-kWh
// power price range (both ends) are other; the coin's price "4万美元一枚" and its yuan conversion are prices.
export const cases: RealCase[] = [
  {
    url: 'https://www.bitance.net/category/wakuang/10103.html',
    lang: 'zh-CN',
    tags: ['prose', 'format'],
    title: '100台比特币矿机耗电量是多少?',
    blocks: [
      '100台比特币矿机耗电量是多少?',
      '全世界比特币算力有70%在中国,可想而知在中国有多少矿工。挖矿最大的费用有两项,一是矿机的费用,二是电费。',
      '比特币矿机耗电量',
      '以市面上比较常见的蚂蚁S9矿机为例,算力是13.5T,功耗是1400W,运行24小时会消耗33.6度电。以这个算力计算,想要挖到一个比特币,大概需要三年的时间;100台蚂蚁S9矿机在11天就可以挖到一枚比特币。',
      '现在蚂蚁S9矿机的价格在8000元左右,我国的电力价格约在0.2~1元左右。从这个数据来看,挖矿是非常不错的,比特币现在的价格已经达到了4万美元一枚,折合人民币20多万。',
    ],
    expect: [
      o('8000元', 8000, 'CNY'),
      o('0.2', 0.2, 'CNY'),
      o('1元', 1, 'CNY'),
      p('4万美元', 40000),
      p('人民币20多万', 200000, 'CNY'),
    ],
  },
];
