import { o, p, type RealCase } from '../labels';

const cost = (header: string, text: string) => ({ text, header, row: '1日当たり電気代[円]' });
const use = (header: string, text: string) => ({ text, header, row: 'マイニング使用電気量[Wh]' });

export const cases: RealCase[] = [
  {
    url: 'https://do-them-yourself.com/investment/coin/mining/2018-10/amp',
    lang: 'ja',
    tags: ['table', 'label-value', 'cost'],
    blocks: [
      '現在の構成は1080Ti 1枚と1080 2枚です。ビットコインのdifficultyが上がっていることもあり、NiceHashで0.00025BTC/dayくらいです。これでざっくり試算してみると、',
      { text: '0.00025', row: '1日当たりマイニング量[btc]' },
      { text: '600,000', row: '1btcの金額[円]' },
      { text: '150', row: '1日当たりマイニング取得金額[円]' },
      '150円/日と、マイニングで得られる金額はかなり低くなっています。',
      'では電気代はどれくらいかというと、電化上手という昔のプランを使っている我が家の場合、314円/日。',
      use('朝晩', '500'),
      use('昼(夏料金)', '500'),
      use('夜', '560'),
      cost('朝晩', '104.04'),
      cost('昼(夏料金)', '154.88'),
      cost('夜', '54.88'),
      cost('計', '313.8'),
      '大幅な赤字です。仮にBTCが今の2倍になっても、まだ少し赤字。',
    ],
    expect: [
      p('600,000', 600000, 'JPY'),
      o('150', 150, 'JPY'),
      o('150円', 150, 'JPY'),
      o('314円', 314, 'JPY'),
      o('104.04', 104.04, 'JPY'),
      o('154.88', 154.88, 'JPY'),
      o('54.88', 54.88, 'JPY'),
      o('313.8', 313.8, 'JPY'),
    ],
  },
];
