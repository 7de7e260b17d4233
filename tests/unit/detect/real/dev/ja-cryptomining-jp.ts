import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptomining.jp/mining-denkicost/',
    lang: 'ja',
    tags: ['cost', 'format'],
    title: 'マイニングの電気代はどれくらい?',
    blocks: [
      {
        heading: '1ヶ月間の電気代の計算',
        text: '電気代は地域やプランで20円~30円と差がありますが、ここでは27円で計算します。',
      },
      '1418Wを24時間、電気代27円で30日稼働させると、27,565.92円',
      'およそ2万8千円です。つまりマイニングの利益が2万8千円を上回らなければ採算は合いません。',
    ],
    expect: [
      o('20円', 20, 'JPY'),
      o('30円', 30, 'JPY'),
      o('27円', 27, 'JPY'),
      o('27円', 27, 'JPY'),
      o('27,565.92円', 27565.92, 'JPY'),
      o('2万8千円', 28000, 'JPY'),
      o('2万8千円', 28000, 'JPY'),
    ],
  },
];
