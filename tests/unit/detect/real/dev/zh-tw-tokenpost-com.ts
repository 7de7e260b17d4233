import { p, type RealCase } from '../labels';

// Traditional-Chinese crypto news on Bitcoin losing 10 萬 4,000 美元: spaced 萬/億 amounts with the NT$
// conversion of each level in parentheses (also a BTC price, in TWD); a CME-gap support level; bare 萬美元 targets.
export const cases: RealCase[] = [
  {
    url: 'https://tw.tokenpost.com/news/blockchain/14001',
    lang: 'zh-TW',
    tags: ['prose', 'anaphora', 'format'],
    title: '比特幣跌破 10 萬 4,000 美元 市場關注 CME 缺口支撐',
    blocks: [
      '根據 CoinDesk 的報導，於 4 日（當地時間），隨著比特幣（BTC）價格跌破 10 萬 4,000 美元(約新台幣 1 億 4,104 萬元)，市場對其短期支撐力產生疑慮，許多投資者也轉向更保守的操作策略，以因應大幅回落至 10 萬美元(約新台幣 1 億 3,560 萬元)以下的可能性。',
      '本次下跌主導整體加密貨幣市場走弱，技術指標也釋出額外利空訊號。特別是在芝加哥商品交易所（CME）交易的比特幣期貨圖表中，9 萬 2,000 美元(約新台幣 1 億 2,475 萬元)區間出現了價格「缺口」，不少市場人士據此推測該價位可能成為下一個支撐目標區。',
      '此外，短期持有者損失擴大的情形也不容忽視。鏈上數據顯示，近期買進的投資人如今多位於虧損區，平均成本高於現價，帳面損失迅速擴大。',
      '在當前市場波動加劇的情勢下，比特幣能否重新站上 10 萬美元大關，或是進一步下探至 CME 所顯示的 9 萬美元區間，仍是未定之天。',
    ],
    expect: [
      p('10 萬 4,000 美元', 104000),
      p('新台幣 1 億 4,104 萬元', 141040000, 'TWD'),
      p('10 萬美元', 100000),
      p('新台幣 1 億 3,560 萬元', 135600000, 'TWD'),
      p('9 萬 2,000 美元', 92000),
      p('新台幣 1 億 2,475 萬元', 124750000, 'TWD'),
      p('10 萬美元', 100000),
      p('9 萬美元', 90000),
    ],
  },
];
