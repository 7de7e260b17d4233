import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://blog.triv.co.id/di-venezuela-harga-1-bitcoin-setara-2-miliar-rupiah/',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Di Venezuela Harga 1 Bitcoin Setara 2 Miliar Rupiah',
    blocks: [
      'Di Venezuela Harga 1 Bitcoin Setara 2 Miliar Rupiah',
      'Harga Bitcoin di negara komunis itu memang tinggi, tetapi harga bahan pokok juga tak murah.',
      'Di Venezuela, negara yang sedang resesi itu, biaya listrik per kWH tak sampai Rp200. Di Indonesia mencapai Rp1.500 per kWH. Berdasarkan data Elite Fixtures, menambang 1 Bitcoin di Venezuela hanya perlu biaya listrik US$530. Sedangkan di Korea Selatan lebih dari US$26 ribu. Kok bisa?',
      'Harga Bitcoin di Venezuela pun jauh berbeda dengan negara lain, bahkan dengan harga rata-rata di Coinmarketcap.com. Menurut localbitcoins.com, harga beli 1 Bitcoin setara 16,5 miliar vef (venezuela bolivar) atau sekitar 2,2 miliar rupiah. Inflasi di sana pada awal 2018 lebih dari 25 ribu persen: selusin telur setara 2,8 juta rupiah, dan sekilo susu bubuk perlu 9,7 juta rupiah.',
    ],
    expect: [
      p('2 Miliar Rupiah', 2e9, 'IDR'),
      o('Rp200', 200, 'IDR'),
      o('Rp1.500', 1500, 'IDR'),
      c('US$530', 530),
      c('US$26 ribu', 26000),
      p('16,5 miliar vef', 16.5e9, 'VEF'),
      p('2,2 miliar rupiah', 2.2e9, 'IDR'),
      o('2,8 juta rupiah', 2.8e6, 'IDR'),
      o('9,7 juta rupiah', 9.7e6, 'IDR'),
    ],
  },
];
