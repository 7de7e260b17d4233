import { p, type RealCase } from '../labels';

// Japanese explainer blog on a 30% drawdown: yen levels written "1,300万円台" (a band), a bullet list
// where only the first item names Bitcoin, and a dollar equivalent "約12.5万ドル相当".
export const cases: RealCase[] = [
  {
    url: 'https://oisonewspaper.com/?p=20986',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'format'],
    title: 'ビットコインが今年のピークから約30%下落:ドル相場と連動した最新動向をやさしく解説',
    blocks: [
      {
        text: '2025年11月、ビットコインのドル建て価格は9万ドル台前半まで下がりました。円建てでも一時1,300万円台まで急落し、6月以来の安値をつけています。',
        heading: 'ビットコイン、今年のピークから30%下落 ― その背景と現状',
      },
      '2025年春にはビットコインが1,890万円(約12.5万ドル相当)で過去最高値を更新',
      'その後、9月には1,800万円台から1,600万円台へ下落',
      '11月、さらに1,300万円台まで急落し、6月以来の安値',
      'ピーク(1,890万円)からおよそ30%の大幅な下げ',
    ],
    expect: [
      p('9万ドル', 90000),
      p('1,300万円', 13000000, 'JPY'),
      p('1,890万円', 18900000, 'JPY'),
      p('12.5万ドル', 125000),
      p('1,800万円', 18000000, 'JPY'),
      p('1,600万円', 16000000, 'JPY'),
      p('1,300万円', 13000000, 'JPY'),
      p('1,890万円', 18900000, 'JPY'),
    ],
  },
];
