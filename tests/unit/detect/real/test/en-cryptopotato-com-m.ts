import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptopotato.com/bitcoins-price-could-drop-below-20k-as-miners-facing-capitulation-analysis/?amp',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin’s Price Could Drop Below $20K as Miners Facing Capitulation (Analysis)',
    blocks: [
      'Bitcoin’s Price Could Drop Below $20K as Miners Facing Capitulation (Analysis)',
      'On-chain data suggest bitcoin miners may be near capitulation after selling their biggest chunk of BTC in months, so the asset could dip “well below” $20,000 again in the short term, CryptoQuant warned.',
      'In January 2021 miners were probably taking profits as bitcoin hit a new all-time high of about $30,000.',
      'The analytics firm concluded that the selling pressure “could push the price even lower in the short-term and bitcoin could drop well below the $20K mark in the near future.”',
    ],
    expect: [p('$20K', 20000), p('$20,000', 20000), p('$30,000', 30000), p('$20K', 20000)],
  },
];
