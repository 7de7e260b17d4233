import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fxmonster.info/cryptocurrency/230973',
    lang: 'ja',
    tags: ['prose', 'format'],
    title: 'ビットコイン、6カ月ぶり安値 強気派は上昇トレンドを守れるか',
    blocks: [
      'ビットコインは2021年を2万9350ドルで始め、同年11月には135%超の上昇となる史上最高値6万9000ドルを記録した。だがそこから52%以上下げ、1月24日には半年ぶりの安値となる3万3000ドルをつけた。',
    ],
    expect: [p('2万9350ドル', 29350), p('6万9000ドル', 69000), p('3万3000ドル', 33000)],
  },
];
