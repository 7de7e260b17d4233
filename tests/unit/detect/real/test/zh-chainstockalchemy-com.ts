import { p, type RealCase } from '../labels';

// Traditional-Chinese price-forecast explainer: "11萬美元" in the lede, then a halving table whose
// price cells carry a percentage in brackets ("$363 (+2,851%)"); every price cell is a BTC level.
const H = ['減半日價格', '減半後一年價格', '週期最高價格(ATH)'];
const cell = (text: string, col: number, row: string) => ({ text, header: H[col], row });

export const cases: RealCase[] = [
  {
    url: 'https://chainstockalchemy.com/bitcoin-price-prediction',
    lang: 'zh',
    tags: ['table', 'prose', 'format'],
    title: '比特幣走勢預測',
    blocks: [
      '目前比特幣價格在11萬美元上下震盪，全球投資者對這個市值最大的加密貨幣未來走勢既期待又擔憂。',
      '以下表格彙整了歷次減半的歷史數據，供對比分析。',
      { text: '50 → 25 BTC', header: '區塊獎勵(新)', row: '2012年11月28日' },
      cell('$12.3', 0, '2012年11月28日'),
      cell('$363 (+2,851%)', 1, '2012年11月28日'),
      cell('$1,163 (+9,355%)', 2, '2012年11月28日'),
      { text: '25 → 12.5 BTC', header: '區塊獎勵(新)', row: '2016年7月9日' },
      cell('$650', 0, '2016年7月9日'),
      cell('$2,514 (+287%)', 1, '2016年7月9日'),
      cell('$19,650 (+2,923%)', 2, '2016年7月9日'),
      { text: '12.5 → 6.25 BTC', header: '區塊獎勵(新)', row: '2020年5月11日' },
      cell('$8,590', 0, '2020年5月11日'),
      cell('$55,849 (+550%)', 1, '2020年5月11日'),
      cell('$73,682 (+758%)', 2, '2020年5月11日'),
      { text: '6.25 → 3.125 BTC', header: '區塊獎勵(新)', row: '2024年4月20日' },
      cell('$63,876', 0, '2024年4月20日'),
      cell('$87,573 (+37%)', 1, '2024年4月20日'),
      cell('–', 2, '2024年4月20日'),
    ],
    expect: [
      p('11萬美元', 110000),
      p('$12.3', 12.3),
      p('$363', 363),
      p('$1,163', 1163),
      p('$650', 650),
      p('$2,514', 2514),
      p('$19,650', 19650),
      p('$8,590', 8590),
      p('$55,849', 55849),
      p('$73,682', 73682),
      p('$63,876', 63876),
      p('$87,573', 87573),
    ],
  },
];
