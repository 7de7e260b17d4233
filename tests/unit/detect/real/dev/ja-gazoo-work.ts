import { c, p, type RealCase } from '../labels';

const url = 'http://gazoo.work/archives/10510564.html';
const title = '世界の電気代ランキング';

export const cases: RealCase[] = [
  {
    url,
    lang: 'ja',
    tags: ['cost', 'prose', 'format'],
    title,
    blocks: [
      '1BTC採掘するために最も電気代が安い国は以下の5つの国となります。',
      '電気代が安い国\n    1位:ベネズエラ\n    2位:トリニダード・トバコ\n    3位:台湾\n    4位:ウズベキスタン\n    5位:ウクライナ',
      {
        heading: 'マイニングで電気代の10倍以上利益がでる国もある',
        text: '発表されたランキングを参考にすれば、1位のベネズエラで1BTC分のマイニングに成功した場合、かかるコストはわずか531ドルです。',
      },
      '1BTCが現在6,368ドル(約70万円)なので、ベネズエラではかかった電気代に対して約11倍の利益を出すことが可能となります。',
    ],
    expect: [c('531ドル', 531), p('6,368ドル', 6368), p('70万円', 700000, 'JPY')],
  },
];
