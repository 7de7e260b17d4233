import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.livedoor.com/topics/detail/30525096/',
    lang: 'ja',
    tags: ['prose', 'format'],
    title: 'ビットコイン、最高値から半値に 16カ月ぶり6万3000ドル割れ',
    blocks: [
      'ニューヨーク（CNN）ビットコインは5日、昨年10月につけた史上最高値から半分の水準まで落ち込み、16カ月ぶりに6万3000ドル（約987万円）を下回った。',
      '暗号資産（仮想通貨）は値動きの荒さで知られ、これより大きな暴落を過去に何度もくぐり抜けてきた。',
    ],
    expect: [p('6万3000ドル', 63000), p('987万円', 9870000, 'JPY')],
  },
];
