import { p, type RealCase } from '../labels';

// Japanese personal blog asking whether Bitcoin is finished after 2018: two yen levels, the second written as a
// band ("30万円台"), and a fraction ("1/6以下の値段") with no amount.
export const cases: RealCase[] = [
  {
    url: 'https://www.isoness.com/virtual-currency/23445/',
    lang: 'ja',
    tags: ['prose', 'format'],
    blocks: [
      '2017年に200万円近くまで高騰していたビットコインが、2018年の暮れには30万円台という嘘のような数字になっています。',
      'このままビットコインはオワコンになってしまうのか、私なりの考えを述べたいと思います。',
      'しかし、いま現在(2018年12月時点)は、当時の1/6以下の値段になっています。高い値段で買っていたひとたちは悲鳴をあげています。',
    ],
    expect: [p('200万円', 2e6, 'JPY'), p('30万円', 3e5, 'JPY')],
  },
];
