import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://quark.news/chart-of-the-week-dire-picture-for-btc-miners-as-revenue-flatlines-near-record-low-79649.html',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Chart of the Week: Dire Picture for BTC Miners as Revenue Flatlines Near Record Low',
    blocks: [
      'Hashprice, a key metric used to gauge miner revenue, is currently hovering near a five-year low, according to HashRate Index.',
      'At present, hashprice sits at $44.00 PH/s, only slightly above its August 2024 low, when bitcoin reached $49,000 amid the yen carry trade unwind. Currently, bitcoin is trading around $84,000.',
      "However, it's not all bad. At around $44.00 PH/s levels, depending on what kind of mining machines miners are using, miners can still be near or at breakeven, though far from 2021's mining bull run.",
    ],
    expect: [o('$44.00', 44), p('$49,000', 49000), p('$84,000', 84000), o('$44.00', 44)],
  },
];
