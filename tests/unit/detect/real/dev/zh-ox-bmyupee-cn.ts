import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ox.bmyupee.cn/btc-news/429.html',
    lang: 'zh',
    tags: ['prose', 'format'],
    blocks: [
      'MicroStrategy近期再度加码比特币(BTC),上周以平均单价9.0615万美元买入10,624枚BTC,总投入约9.627亿美元,累计持有量升至660,624枚,总成本约为493.5亿美元,平均持仓成本为7.4696万美元。',
      '此次增持正值数字资产财库(DATs)流入放缓之际。据DefiLlama数据,2025年11月全球DAT资金流入仅13.2亿美元,环比下降34%;其中以太坊生态出现3700万美元净流出,而MicroStrategy单笔8.35亿美元的买入成为主要驱动力。',
    ],
    expect: [
      p('9.0615万美元', 90615),
      o('9.627亿美元', 962700000),
      o('493.5亿美元', 49350000000),
      p('7.4696万美元', 74696),
      o('13.2亿美元', 1320000000),
      o('3700万美元', 37000000),
      o('8.35亿美元', 835000000),
    ],
  },
  {
    url: 'https://ox.bmyupee.cn/btc-news/429.html',
    lang: 'zh',
    tags: ['anaphora', 'format'],
    blocks: [
      '截至目前,MicroStrategy持有的比特币市值约600亿美元,比历史成本基础高出22%以上。',
      '尽管公司股票过去12个月累计下跌51%,最新股价报178.99美元,管理层仍坚持比特币战略。',
    ],
    expect: [o('600亿美元', 60000000000), o('178.99美元', 178.99)],
  },
];
