import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tr.theblockbeats.news/news/56933',
    lang: 'tr',
    tags: ['widget', 'format'],
    title: 'BTC zincir üstü veri analizi: Bu döngü zirveye ulaştı mı?',
    blocks: [
      'Ana Sayfa\nAI AI\nFlaş\nDerinlik\nEtkinlikler\nDaha Fazla',
      '#\nBTC\n$96,000\n5.73%\nETH\n$3,521.91\n3.97%\nHTX\n$0.{5}2273\n5.23%\nSOL\n$198.17\n3.05%\nBNB\n$710\n3.05%',
      'BTC zincir üstü veri analizi: Bu döngü zirveye ulaştı mı?',
    ],
    expect: [
      p('$96,000', 96000),
      o('$3,521.91', 3521.91),
      o('$0.{5}2273'),
      o('$198.17', 198.17),
      o('$710', 710),
    ],
  },
];
