import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://nextren.grid.id/read/011625970/miner-bitcoin-merugi-biaya-menambang-lebih-besar-dari-harga-bitcoin',
    lang: 'id',
    tags: ['cost', 'prose', 'format', 'anaphora'],
    title: 'Miner Bitcoin Merugi, Biaya Menambang Lebih Besar dari Harga Bitcoin',
    blocks: [
      'Menurut analis JPMorgan Chase & Co., ongkos yang harus dikeluarkan penambang untuk memperoleh 1 Bitcoin kini sekitar $4060 atau kira-kira 56.7 juta Rupiah.',
      'Sementara itu harga Bitcoin di pasar saat ini hanya $3600 atau sekitar 50.2 juta Rupiah.',
      'Artinya, penambang rugi sekitar 6.5 juta Rupiah setiap kali mendapatkan 1 Bitcoin untuk dijual.',
      'Uniknya, tidak semua penambang menanggung biaya sebesar itu: miner di China disebut bisa menekan biayanya hingga sekitar $2400 per 1 Bitcoin, atau kira-kira 33.5 juta Rupiah.',
    ],
    expect: [
      c('$4060', 4060),
      c('56.7 juta Rupiah', 56.7e6, 'IDR'),
      p('$3600', 3600),
      p('50.2 juta Rupiah', 50.2e6, 'IDR'),
      o('6.5 juta Rupiah', 6.5e6, 'IDR'),
      c('$2400', 2400),
      c('33.5 juta Rupiah', 33.5e6, 'IDR'),
    ],
  },
];
