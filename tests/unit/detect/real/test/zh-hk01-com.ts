import { o, p, type RealCase } from '../labels';

// Hong Kong news flash: BTC level and latest quote, Ether's quote; later paragraphs say only "Bitcoin".
export const cases: RealCase[] = [
  {
    url: 'https://www.hk01.com/%E8%B2%A1%E7%B6%93%E5%BF%AB%E8%A8%8A/60319055/michael-burry-%E8%AD%A6%E5%91%8A%E8%8B%A5bitcoin%E5%86%8D%E4%B8%8B%E7%80%89-%E6%88%96%E8%87%B4%E5%83%B9%E5%80%BC%E5%B4%A9%E7%9B%A4',
    lang: 'zh',
    tags: ['prose'],
    blocks: [
      '虛擬貨幣價格繼續受壓,Bitcoin(比特幣)在今日(4日)早段更一度失守7.3萬美元,為美國總統特朗普自2024年11月贏得大選以來最低位。',
      'Bitcoin最新報76,520.43美元,跌3.15%,以太幣最新報2,263.30美元,跌3.88%。',
      '受到Bitcoin等虛擬貨幣價格下跌拖累,相關概念股亦普遍向下,博雅互動(0434)跌2.3%,OSL集團(0863)跌0.1%。',
    ],
    expect: [p('7.3萬美元', 73000), p('76,520.43美元', 76520.43), o('2,263.30美元', 2263.3)],
  },
];
