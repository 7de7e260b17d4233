import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptowave.co.id/articles/bitcoin-ambruk-ke-63-000-miner-terancam-matikan-mesin',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Industri mining Bitcoin kini menghadapi ancaman serius seiring jatuhnya harga Bitcoin yang makin dalam. Pada perdagangan Kamis (5/2), harga Bitcoin ambruk hingga ke bawah level $63.000. Penurunan 50% dari rekor tertinggi Oktober ini membawa pasar ke zona bahaya, di mana nilainya bersinggungan langsung dengan ambang biaya produksi rata-rata para miner.',
      'Menurut data analis, biaya produksi median untuk miner publik berada di kisaran $60.000, sementara estimasi biaya riil di lapangan bergerak di rentang $60.000 hingga $80.000 per BTC. Pada harga pasar sekarang, miner yang kurang efisien beroperasi dengan rugi dan mempertimbangkan untuk mematikan mesin.',
      'Guncangan pasar juga terlihat dari likuidasi lebih dari $2 miliar di pasar derivatif dalam 24 jam terakhir, sementara difficulty mining BTC diperkirakan turun 13% pada penyesuaian Sabtu mendatang.',
    ],
    expect: [
      p('$63.000', 63000),
      c('$60.000', 60000),
      c('$60.000', 60000),
      c('$80.000', 80000),
      o('$2 miliar', 2e9),
    ],
  },
];
