import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoharian.com/microstrategy-akuisisi-lagi-ribuan-bitcoin-berikut-jumlah-total-dalam-pembelian-terbarunya/',
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    title: 'MicroStrategy Akuisisi Lagi Ribuan Bitcoin, Berikut Jumlah Total dalam Pembelian Terbarunya',
    blocks: [
      'Cryptoharian – Pada hari Senin (25/9/2023), MicroStrategy mengumumkan pembelian Bitcoin sebanyak 5.445 unit senilai US$147,3 juta. Perusahaan ini melakukan pembelian dengan harga rata-rata sekitar US$ 27.053 per token. Pembelian dilakukan antara 1 Agustus 2023 hingga 24 September 2023, seperti dilaporkan Co-Founder MicroStrategy, Michael Saylor, di Twitter.',
      'Dengan pembelian ini, MicroStrategy kini memiliki sekitar 158.245 Bitcoin dengan total biaya akuisisi sekitar US$ 4,68 miliar dan harga rata-rata sekitar US$ 29.582 per Bitcoin. Pengumuman pembelian ini memengaruhi harga Bitcoin saat ini, yang berada di sekitar US$ 26.000.',
    ],
    expect: [
      o('US$147,3 juta', 147.3e6),
      p('US$ 27.053', 27053),
      o('US$ 4,68 miliar', 4.68e9),
      p('US$ 29.582', 29582),
      p('US$ 26.000', 26000),
    ],
  },
];
