import { o, type RealCase } from '../labels';

const riot = '1. Riot Blockchain(RIOT)';
const mara = '2. Marathon Digital Holdings(MARA)';
const cifr = '3. Cipher Mining(CIFR)';

export const cases: RealCase[] = [
  {
    url: 'https://www.sopboy.com/6180.html',
    lang: 'zh',
    tags: ['label-value', 'format'],
    blocks: [
      '比特币采矿早已不是业余爱好者的游戏,而是高度工业化的产业竞争。2022 年熊市过后,谁仍稳坐全球最大上市比特币采矿公司的宝座?本文依次拆解市值最高的几家公司。',
      { heading: '五大巨头一览', text: '下文数据截至 2023 年 4 月 18 日,市值随股价频繁变动,仅供参考。' },
      { heading: riot, text: '市值:21.5 亿美元' },
      { heading: riot, text: '自持比特币:6,974 枚' },
      { heading: riot, text: '2022 财务:营收 2.59 亿美元、净亏损 5.10 亿美元' },
      { heading: riot, text: '亮点:零长期负债,现金储备 2.3 亿美元,挖矿+数据中心托管“双引擎”。' },
      { heading: mara, text: '市值:19.1 亿美元' },
      { heading: mara, text: '自持比特币:12,232 枚(2022 年底)' },
      { heading: mara, text: '2022 财务:营收 1.18 亿美元、净亏损 6.87 亿美元' },
      { heading: mara, text: '主旋律:高负债运营,长期债务 8.05 亿美元,被称为负债最高的比特币矿工。' },
      { heading: cifr, text: '市值:6.6 亿美元' },
      { heading: cifr, text: '2022 财务:净亏损 2,900 万美元、现金 1,200 万美元、零负债' },
    ],
    expect: [
      o('21.5 亿美元', 2150000000),
      o('2.59 亿美元', 259000000),
      o('5.10 亿美元', 510000000),
      o('2.3 亿美元', 230000000),
      o('19.1 亿美元', 1910000000),
      o('1.18 亿美元', 118000000),
      o('6.87 亿美元', 687000000),
      o('8.05 亿美元', 805000000),
      o('6.6 亿美元', 660000000),
      o('2,900 万美元', 29000000),
      o('1,200 万美元', 12000000),
    ],
  },
];
