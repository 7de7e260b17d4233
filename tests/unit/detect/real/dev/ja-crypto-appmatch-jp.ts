import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://crypto.appmatch.jp/2156-2',
    lang: 'ja',
    tags: ['format', 'label-value'],
    title: 'ビットコインをドル(USD)→円(JPY)で換算する方法',
    blocks: [
      {
        heading: '換算に必要な2つのレート(そして入手先)',
        text: '2つを掛け合わせると理論上のBTC/JPY価格が出ます(例:1BTC=86,000USD、1USD=150JPYなら1BTC=12,900,000JPY)。',
      },
    ],
    expect: [p('86,000USD', 86000), o('150JPY', 150, 'JPY'), p('12,900,000JPY', 12900000, 'JPY')],
  },
  {
    url: 'https://crypto.appmatch.jp/?p=20059',
    lang: 'ja',
    tags: ['widget', 'label-value'],
    title: 'ビットコイン日本円換算の基本',
    blocks: [
      {
        heading: 'BTC/JPYレートとは何か',
        text: '国内取引所のビットフライヤーではビットコインの円建て価格が常に更新されており、ある時点では「BTC/JPY 14,414,696円」のように表示されています。',
      },
    ],
    expect: [p('14,414,696円', 14414696, 'JPY')],
  },
];
