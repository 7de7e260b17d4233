import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zaikei.co.jp/amp/article/20180209/425504.html',
    lang: 'ja',
    tags: ['prose', 'anaphora'],
    title: 'ビットコイン、一時昨年最高値の3分の1まで下落',
    blocks: [
      'ビットコイン、一時昨年最高値の3分の1まで下落',
      'ビットコイン相場の下げが続いている。昨年は1ビットコインが220万円前後まで値上がりしたものの、2月6日には約69万円まで沈んだ。その後は買い戻され、足元では90万円前後で推移している。',
    ],
    expect: [p('220万円', 2200000, 'JPY'), p('69万円', 690000, 'JPY'), p('90万円', 900000, 'JPY')],
  },
];
