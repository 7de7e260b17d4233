import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptorobin.it/mining-bitcoin-conviene-quanto-si-guadagna/',
    lang: 'it',
    tags: ['widget', 'format'],
    title: 'Mining Bitcoin, Conviene? Quanto Si Guadagna?',
    blocks: [
      'bitcoinBitcoin$28,412.00 0.23%',
      'ethereumEthereum$1,830.03 2.18%',
      'elrond-erd-2MultiversX$42.80 0.49%',
      'Mining Bitcoin, Conviene? Quanto Si Guadagna?',
      'Il mining di bitcoin è il processo con cui nuovi bitcoin entrano in circolazione. È anche il modo in cui la rete conferma e legittima le nuove transazioni.',
    ],
    expect: [p('$28,412.00', 28412), o('$1,830.03', 1830.03), o('$42.80', 42.8)],
  },
];
