import { o, p, type RealCase } from '../labels';

// Hong Kong Cantonese blog column: key BTC levels in 美元, then market-cap losses in 萬億/億美元.
export const cases: RealCase[] = [
  {
    url: 'https://www.etnet.com.hk/www/tc/bitcoin/news-article/384251',
    lang: 'zh',
    tags: ['prose', 'forum', 'format'],
    blocks: [
      '如果你認為近期貴金屬已經愁雲慘霧,好多大媽被困「水貝」(深圳),你不妨睇睇近期幣圈,博客都要吟返句詩:「這次第,怎一箇愁字了得。」',
      '圈內分析師同交易員普遍認為,比特幣72000美元視為短期關鍵價位,如果呢個水位無法守住,比特幣「很可能」下探至68000美元,並可能回到2024年初次反彈前的低位區間。',
      '根據CoinGecko數據,加密資產自去年10月高峰以來市值合計縮水約1.7萬億美元,單單係過去一周,加密市場市值就減少超過4600億美元。',
      '所以究竟要HODL定係BUY THE DIP?睇你自己啦。',
    ],
    expect: [
      p('72000美元', 72000),
      p('68000美元', 68000),
      o('1.7萬億美元', 1700000000000),
      o('4600億美元', 460000000000),
    ],
  },
];
