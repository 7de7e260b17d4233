import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://moblock.jp/articles/17355',
    lang: 'ja',
    tags: ['table', 'cost'],
    title: 'ビットコインのマイニングにはどの程度の電気代がかかる…?',
    blocks: [
      {
        heading: 'ビットコインマイニングにかかる電気代',
        text: 'マイニング機材を1カ月フル稼働させたときの電気代は次のとおりです。',
      },
      { text: '893.3円', header: '電気代/月', row: 'ノートPC (11H/s)' },
      { text: '15,321.4円', header: '電気代/月', row: 'ASIC Antminer S9(14TH/s)' },
      '編集部の試算では、一般的なノートPC(80W)のCPUを1カ月止めずに動かすと電気代は「893.3円/月」でした。',
    ],
    expect: [o('893.3円', 893.3, 'JPY'), o('15,321.4円', 15321.4, 'JPY'), o('893.3円', 893.3, 'JPY')],
  },
];
