import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jp.bitcoinsistemi.com/jpmorgan-analysts-announce-bitcoins-production-cost-has-decreased-here-are-the-details/amp',
    lang: 'ja',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPモルガン、ビットコインの生産コストが低下と発表',
    blocks: [
      'JPモルガンのアナリストによると、ビットコイン(BTC)の生産コストは最近大きく下がった。同行の見積もりでは、以前はおよそ9万ドルだったコストが、いまは推定7万7000ドルにまで低下している。',
      '長期見通しは据え置きで、BTCはいずれ26万6000ドルに届く可能性があると予想した。',
    ],
    expect: [c('9万ドル', 90000), c('7万7000ドル', 77000), p('26万6000ドル', 266000)],
  },
];
