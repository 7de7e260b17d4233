import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ichizenholdings.co.jp/media/btcmining-electricity-bill',
    lang: 'ja',
    tags: ['cost', 'prose'],
    title: 'マイニングにかかる電気代は?最新機器で収益性シミュレーション!',
    blocks: [
      {
        heading: 'マイニングにかかる電気代は月額いくら?最新機種でシミュレーション',
        text: 'まず結論から言うと、2025年11月現在、最新の高性能マシンを使っても、日本の一般的な家庭用電力でマイニングをすると月額約78,000円の電気代がかかります。',
      },
      {
        heading: 'マイニング専用マシン「ASIC」とは?',
        text: 'かつては高性能なゲーミングPC(GPU)でも採掘できましたが、今では世界中の計算競争(ハッシュレート)が激しくなりすぎ、汎用的なPCでは1円たりとも稼げません。',
      },
    ],
    expect: [o('78,000円', 78000, 'JPY'), o('1円', 1, 'JPY')],
  },
];
