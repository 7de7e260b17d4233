import { c, o, p, type RealCase } from '../labels';

// kawase-jp.com (ja): MacroMicro data show the average cost of mining one BTC (~$101,000) above the
// market price (~$93,000); the per-coin loss "8,000ドル" is a gap (o), not a cost level.
export const cases: RealCase[] = [
  {
    url: 'https://kawase-jp.com/?p=102642',
    lang: 'ja',
    tags: ['cost', 'prose', 'change'],
    title: 'ビットコインマイナーの叫び:BTCあたり8,000ドルの損失!パニックになる時期ですか?',
    blocks: [
      'ビットコインマイナーの叫び:BTCあたり8,000ドルの損失!パニックになる時期ですか? 😂',
      'Coinspeakerによれば、MacroMicroのデータは、2026年1月19日時点でビットコインの平均マイニングコストと市場価格の間に8,000ドルを超える純マイナスの差があることを示している。要するに、1ビットコインのマイニングには現在約101,000ドルのコストがかかっている。一方、暗号通貨自体は約93,000ドルで取引されています。',
    ],
    expect: [o('8,000ドル', 8000), o('8,000ドル', 8000), c('101,000ドル', 101000), p('93,000ドル', 93000)],
  },
];
