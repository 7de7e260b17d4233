import { c, type RealCase } from '../labels';

// Bitget news mirror (ja): Marathon's Q3 2025 report puts the average cost of mining one BTC near
// $67,700; headline in 万 notation ("6万7,700ドル"), body in plain digits.
export const cases: RealCase[] = [
  {
    url: 'https://www.sjk2oahoo1.com/ja/news/detail/12560605187394',
    lang: 'ja',
    tags: ['cost', 'prose', 'format'],
    title:
      'ビットコインのマイニングコストが2025年第3四半期に驚異の6万7,700ドルに到達、重大な売却リスクが発生',
    blocks: [
      'ビットコインのマイニングコストが2025年第3四半期に驚異の6万7,700ドルに到達、重大な売却リスクが発生',
      '新たなデータは、Bitcoinのインフラが岐路に立っていることを示しています。Marathon Digital Holdingsの2025年第3四半期レポートによれば、1BTCをマイニングする平均コストは約67,704ドルに達しました。',
      {
        heading: 'Bitcoinマイニングコストが臨界点に到達',
        text: '上場マイナー大手のMarathon Digital Holdingsは2025年第3四半期の財務データを公表し、1BTCあたりの平均マイニングコストが67,704ドルであると開示しました。この数字には主に電力、ハードウェアの減価償却、施設の維持費が含まれます。',
      },
    ],
    expect: [c('6万7,700ドル', 67700), c('67,704ドル', 67704), c('67,704ドル', 67704)],
  },
];
