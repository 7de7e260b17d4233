import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.baiyi.com/news/f2b76fad93f1466e8553e1087bf409d2.html',
    lang: 'zh',
    tags: ['cost', 'prose', 'format'],
    title: '比特币矿工遭遇生产成本飙升,行业压力持续加剧',
    blocks: [
      {
        heading: '行业成本显著跃升',
        text: 'CoinShares 图表显示,2025年第二季度上市矿企的平均现金生产成本已升到每枚比特币约74,600美元。若再计入折旧、设备摊销和股权激励,总成本会升至每枚近137,800美元。',
      },
      {
        heading: '成本分层:领先者与落后者',
        text: 'IREN(46,497美元)和Cleanspark(58,472美元)依旧是效率最高的大型运营商。',
      },
      {
        heading: '成本分层:领先者与落后者',
        text: 'Marathon(74,062美元)和Cipher(77,149美元)位于中游,与行业均值相近。',
      },
      {
        heading: '成本分层:领先者与落后者',
        text: 'Riot(82,699美元)、Bitfarms(89,441美元)和Core Scientific(95,158美元)属于高成本一档。',
      },
    ],
    expect: [
      c('74,600美元', 74600),
      c('137,800美元', 137800),
      c('46,497美元', 46497),
      c('58,472美元', 58472),
      c('74,062美元', 74062),
      c('77,149美元', 77149),
      c('82,699美元', 82699),
      c('89,441美元', 89441),
      c('95,158美元', 95158),
    ],
  },
];
