import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://massu-keiei.com/cryptocurrency_nishhash_calculator',
    lang: 'ja',
    tags: ['prose', 'anaphora'],
    blocks: [
      '結論は、今の相場ならば確実に儲かる、です。ただし注意したいのは「今の相場ならば」という点です。',
      {
        heading: 'ビットコイン相場の確認',
        text: 'まずはビットコインのチャートを見てみましょう(bitFlyerより)。',
      },
      {
        heading: 'ビットコイン相場の確認',
        text: 'この1年だけでも、2020/6/27の965,394円から2021/4/17には6,660,346円まで上昇し、本日2021/4/24は5,474,035円となっています。',
      },
    ],
    expect: [
      p('965,394円', 965394, 'JPY'),
      p('6,660,346円', 6660346, 'JPY'),
      p('5,474,035円', 5474035, 'JPY'),
    ],
  },
];
