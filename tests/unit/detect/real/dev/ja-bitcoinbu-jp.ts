import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinbu.jp/bitcoincash-end2017/',
    lang: 'ja',
    tags: ['prose', 'change', 'anaphora'],
    title: 'ビットコイン大暴落とビットコインキャッシュ',
    blocks: [
      '11日から12日にかけては、チャートから目を離せませんでしたよね。そう、ビットコインが大きく崩れているんです!!',
      '先月からの急上昇は今月も続き、一時は1BTCが87万円台に乗って、まだまだ上がるかに見えました。',
      'ところが急に下げ始め、一時は61万円台まで落ち、いま(2017/11/13 19時)は1BTCが72万円台です。',
      'わずか数日で、価格が25万円近くも下がったことになります。',
    ],
    expect: [
      p('87万円', 870000, 'JPY'),
      p('61万円', 610000, 'JPY'),
      p('72万円', 720000, 'JPY'),
      o('25万円', 250000, 'JPY'),
    ],
  },
];
