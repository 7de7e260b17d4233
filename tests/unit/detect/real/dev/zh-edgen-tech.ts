import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.edgen.tech/es/news/crypto/cleanspark-boosts-bitcoin-holdings-to-13011-btc-while-facing-185m-tariff-dispute',
    lang: 'zh',
    tags: ['prose', 'format'],
    blocks: [
      {
        heading: '执行摘要',
        text: '纳斯达克上市比特币矿企CleanSpark报告,截至2025年9月底持有13,011枚比特币(BTC),价值约16亿美元。公司当月生产629枚比特币,并以平均每枚109,568美元的价格出售了445枚,获得4,870万美元。',
      },
      {
        heading: '执行摘要',
        text: 'CleanSpark面临美国海关与边境保护局(CBP)就其挖矿设备原产地提出的潜在1.85亿美元关税负债;与此同时,15家主要上市矿企的总市值在9月创下581亿美元的纪录。',
      },
      {
        heading: '事件详情',
        text: 'CleanSpark 2025财年的里程碑包括收购GRIID Infrastructure、将比特币支持的信贷额度扩大至4亿美元,以及发行6.5亿美元可转换票据。',
      },
      {
        heading: '事件详情',
        text: '同为上市矿企的Iris Energy (IREN)也因类似指控,正就2024年4月至2025年2月间进口的机器与CBP进行一项单独的1亿美元关税争议。',
      },
      {
        heading: '市场影响',
        text: '主要上市比特币矿企的总市值在9月飙升至581亿美元,较8月的416亿美元显著增加,并较第二季度3月低点的199亿美元翻了一倍多。',
      },
    ],
    expect: [
      o('16亿美元', 1600000000),
      p('109,568美元', 109568),
      o('4,870万美元', 48700000),
      o('1.85亿美元', 185000000),
      o('581亿美元', 58100000000),
      o('4亿美元', 400000000),
      o('6.5亿美元', 650000000),
      o('1亿美元', 100000000),
      o('581亿美元', 58100000000),
      o('416亿美元', 41600000000),
      o('199亿美元', 19900000000),
    ],
  },
];
