import { o, p, type RealCase } from '../labels';

// Japanese personal blog: price of 1ビットコイン next to a trader's forced-liquidation loss.
export const cases: RealCase[] = [
  {
    url: 'http://woodpeace.site/2017/12/15/%E3%83%93%E3%83%83%E3%83%88%E3%82%B3%E3%82%A4%E3%83%B3%E3%81%A3%E3%81%A6%E3%81%A9%E3%82%93%E3%81%AA%E3%82%B3%E3%82%A4%E3%83%B3%EF%BC%9F%E4%BB%AE%E6%83%B3%E9%80%9A%E8%B2%A8%E3%81%8C%E7%94%9F%E3%81%BF/',
    lang: 'ja',
    tags: ['prose', 'anaphora'],
    title: 'ビットコインの仕組みとは?2800万円失った人が話題に…',
    blocks: [
      'ビットコインの仕組みとは?2800万円失った人が話題に…',
      'ニュースなどで度々聞かれるビットコイン。',
      '利用機会の少なさとは裏腹に高騰。10月10日現在で1ビットコイン54万円前後だったのが、最近では連日最高値を更新。200万円近くにまで値を上げています。',
      'これにより莫大な利益を上げる人もいれば、その裏で涙を飲む人も…',
      '強制ロスカットにより2800万円以上の損失を生んだ人が話題になりました',
    ],
    expect: [
      o('2800万円', 28000000, 'JPY'),
      p('54万円', 540000, 'JPY'),
      p('200万円', 2000000, 'JPY'),
      o('2800万円', 28000000, 'JPY'),
    ],
  },
];
