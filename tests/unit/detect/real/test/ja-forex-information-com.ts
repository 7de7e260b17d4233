import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forex-information.com/?p=360',
    lang: 'ja',
    tags: ['cost', 'label-value', 'format'],
    title: 'ビットコインの採掘原価の調べ方',
    blocks: [
      {
        heading: '採掘原価とはなにか?',
        text: 'マイナーは市場価格を下回るコストでビットコインを掘り出し、その差額で儲けを出しています。',
      },
      '【例】',
      '市場価格:30,000$',
      '採掘原価:20,000$',
      '30,000-20,000=10,000$の利益',
      'つまり採掘原価は、マイナーにとっての損益分岐点にあたります。',
    ],
    expect: [p('30,000$', 30000), c('20,000$', 20000), o('10,000$', 10000)],
  },
];
