import { p, type RealCase } from '../labels';

// Traditional-Chinese finance explainer: a past level "6萬美元" and a 2020 level "約9,000美元" inside
// long paragraphs about supply, demand and the halving.
export const cases: RealCase[] = [
  {
    url: 'https://bank1688.com/en/all/%e6%af%94%e7%89%b9%e5%b9%a3%e5%83%b9%e6%a0%bc%e8%b5%b0%e5%8b%a2%e9%a0%90%e6%b8%ac%e8%88%87%e6%8a%95%e8%b3%87%e9%a2%a8%e9%9a%aa%e8%a7%a3%e6%9e%90',
    lang: 'zh',
    tags: ['prose'],
    title: '比特幣價格走勢預測與投資風險解析',
    blocks: [
      '比特幣價格一直是全球金融市場的焦點。例如，2021年4月比特幣價格一度突破6萬美元，隨後在5月因中國加強監管等因素，一個月內下跌超過30%，充分展現其高波動性(來源：CoinMarketCap)。',
      {
        text: '比特幣的總發行量上限為2100萬枚，且每四年區塊獎勵減半。例如2020年5月第三次減半後，供應增長放緩，加上機構投資者進場，價格在一年內從約9,000美元大幅上漲。',
        heading: '一、供需關係：價格形成的根本驅動力',
      },
    ],
    expect: [p('6萬美元', 60000), p('9,000美元', 9000)],
  },
];
