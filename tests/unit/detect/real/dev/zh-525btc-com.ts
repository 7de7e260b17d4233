import { o, p, type RealCase } from '../labels';

const URL = 'https://www.525btc.com/baike/btb/3244.shtml';

export const cases: RealCase[] = [
  {
    url: URL,
    lang: 'zh',
    tags: ['prose', 'format'],
    blocks: [
      'MicroStrategy的比特币持仓规模已占全球流通量的2.4%。',
      '其平均持仓成本为66,608美元,而当前市场价格约为85,000美元,浮盈超过90亿美元,相当于公司传统软件业务年利润的14倍。',
      '通过发行年息8%的STRK优先股,MicroStrategy筹集了10.7亿美元资金。',
    ],
    expect: [
      p('66,608美元', 66608),
      p('85,000美元', 85000),
      o('90亿美元', 9000000000),
      o('10.7亿美元', 1070000000),
    ],
  },
  {
    url: URL,
    lang: 'zh',
    tags: ['table', 'format'],
    blocks: [
      { text: '506,137 枚', header: 'MicroStrategy(2025)', row: 'BTC持有量' },
      { text: '402,100 枚', header: 'MicroStrategy(2024)', row: 'BTC持有量' },
      { text: '目标1,000,000 枚', header: '美国财政部(规划)', row: 'BTC持有量' },
      { text: '$66,608', header: 'MicroStrategy(2025)', row: '持仓成本' },
      { text: '$58,263', header: 'MicroStrategy(2024)', row: '持仓成本' },
      { text: '未公开', header: '美国财政部(规划)', row: '持仓成本' },
    ],
    expect: [p('$66,608', 66608), p('$58,263', 58263)],
  },
  {
    url: URL,
    lang: 'zh',
    tags: ['prose', 'format'],
    blocks: [
      '当单日购买量达到1万枚以上时,其交易已占Coinbase现货交易量的0.7%;若执行210亿美元融资计划,可能引发交易所流动性紧张。',
      '优先股每年需支付8560万美元固定股息,若比特币价格跌破75,000美元,将触发强制减持压力,可能引发抛售潮。',
    ],
    expect: [o('210亿美元', 21000000000), o('8560万美元', 85600000), p('75,000美元', 75000)],
  },
];
