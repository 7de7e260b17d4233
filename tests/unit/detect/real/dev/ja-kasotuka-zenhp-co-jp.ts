import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kasotuka.zenhp.co.jp/bittokoinenkansanhouhoutokakakusuii.html',
    lang: 'ja',
    tags: ['prose', 'format'],
    title: 'ビットコイン 円換算 方法と価格推移の歴史',
    blocks: [
      {
        heading: 'ビットコインの取引所での円換算方法',
        text: '取引所でビットコインを円に換算するときは、次の手順を踏みます:\n1. 取引所にログインする\n2. ビットコイン/日本円のペアを選ぶ\n3. 現在の売値(Bid)を確認する\n4. 保有するビットコインの量に売値を掛けて円換算',
      },
      {
        heading: 'ビットコインの取引所での円換算方法',
        text: '例えば、1BTCが500万円で、0.1BTCを保有している場合、0.1 × 5,000,000 = 500,000円となります。',
      },
    ],
    expect: [p('500万円', 5000000, 'JPY'), p('5,000,000', 5000000, 'JPY'), o('500,000円', 500000, 'JPY')],
  },
];
