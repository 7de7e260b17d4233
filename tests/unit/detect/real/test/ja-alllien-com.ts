import { o, p, type RealCase } from '../labels';

// Japanese crypto blog: a "1億円" price target in a heading, then the world's gold value ("約10兆ドル"),
// a total that is not a coin price.
export const cases: RealCase[] = [
  {
    url: 'https://alllien.com/?p=1241',
    lang: 'ja',
    tags: ['prose', 'format'],
    title: 'ビットコインは1億円になる?',
    blocks: [
      'ビットコインが1億円になる根拠',
      {
        text: 'ビットコインは希少性と価値の保存性から「デジタルゴールド」と呼ばれることがあります。',
        heading: 'ビットコインは「デジタルゴールド」と呼ばれる',
      },
      {
        text: '世界の金の総額は約10兆ドルと言われています。一方、ビットコインの最大発行枚数は2100万枚です。',
        heading: '世界の金の総額とビットコイン発行枚数から計算',
      },
    ],
    expect: [p('1億円', 100000000, 'JPY'), o('10兆ドル', 1e13)],
  },
];
