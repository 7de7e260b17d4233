import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitflyer.com/ja-jp/s/glossary/spread',
    lang: 'ja',
    tags: ['label-value', 'change'],
    title: 'スプレッド | 用語集',
    blocks: [
      'スプレッド',
      'スプレッドとは、マーケットにおける Bid と Ask の差額です。たとえば BTC/円レートが Bid:740,000 円 - Ask:750,000 円なら、スプレッドは10,000 円になります。',
    ],
    expect: [p('740,000 円', 740000, 'JPY'), p('750,000 円', 750000, 'JPY'), o('10,000 円', 10000, 'JPY')],
  },
];
