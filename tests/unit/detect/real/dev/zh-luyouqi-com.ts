import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.luyouqi.com/shezhi/90596.html',
    lang: 'zh',
    tags: ['prose', 'format'],
    title: '比特币现货ETF净流入/净流出指标哪只最重要?最该看哪个ETF?',
    blocks: [
      '根据2026年2月的数据(如CoinGlass、Farside Investors等平台统计),比特币ETF的总持有量已接近70万BTC(价值约500亿美元),累计净流入超550亿美元。尽管比特币从2025年高点126,000美元跌至60,000-70,000美元区间,ETF整体仍保持正向流入,说明机构投资者在逢低买入。',
      '1、IBIT(iShares Bitcoin Trust,由BlackRock发行)',
      '特点:规模最大,资产管理规模(AUM)超600-700亿美元,持有超76万BTC,费率最低(0.25%),流动性极高。',
    ],
    expect: [
      o('500亿美元', 50000000000),
      o('550亿美元', 55000000000),
      p('126,000美元', 126000),
      p('60,000', 60000),
      p('70,000美元', 70000),
      o('600', 60000000000),
      o('700亿美元', 70000000000),
    ],
  },
];
