import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.cnyes.com/news/id/6245952',
    lang: 'zh-TW',
    tags: ['prose', 'anaphora', 'format'],
    title: '比特幣再摔5%！逾22萬人爆倉 8.14億美元一夜蒸發 專家：8.5萬大關成生死線',
    blocks: [
      '比特幣再摔5%！逾22萬人爆倉 8.14億美元一夜蒸發 專家：8.5萬大關成生死線',
      '加密貨幣市場周四 (20 日) 延續一個多月來的跌勢，比特幣(BTC) 4 月以來首次跌破 8.7 萬美元，跌幅超過 5%，全網 24 小時逾 22 萬人爆倉，8.14 億美元化為烏有。',
      'Coinglass 數據顯示，截至周五 (21 日) 上午 9 點，比特幣報 8 萬 7276.7 美元，跌 5.01%。',
      'CoinShares 的 James Butterfill 指出，大戶自 9 月以來已拋售逾 200 億美元資產。',
    ],
    expect: [
      o('8.14億美元', 814000000),
      // A level in dollars with the currency left out (README, "Labels").
      p('8.5萬', 85000),
      p('8.7 萬美元', 87000),
      o('8.14 億美元', 814000000),
      p('8 萬 7276.7 美元', 87276.7),
      o('200 億美元', 20000000000),
    ],
  },
];
