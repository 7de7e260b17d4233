import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitnovo.com/blog/it/cosa-comprare-con-bitcoin-elenco',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'La follia dei 10.000 bitcoin per una pizza: cosa potresti comprarci oggi?',
    blocks: [
      'All\'epoca quei 10.000 BTC valevano solo circa 41 dollari. Jeremy Sturdivant, "jercos" sul forum, accettò e ordinò le pizze da Papa John\'s.',
    ],
    expect: [o('41 dollari', 41)],
  },
];
