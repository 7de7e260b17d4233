import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btcnewspok.blogspot.com/2018/11/harga-naik-ke-rp-58-juta-penambang.html',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Harga Naik ke Rp 58 Juta, Penambang Bitcoin Masih Rugi Besar',
    blocks: [
      'Harga Naik ke Rp 58 Juta, Penambang Bitcoin Masih Rugi Besar',
      'Jakarta, CNBC Indonesia - Dalam dua minggu terakhir harga Bitcoin terjun bebas. Kepanikan di pasar mata uang digital mendorong investor melepas Bitcoin Cs.',
      'Kepanikan ini membuat harga Bitcoin anjlok dari US$6.300-an menjadi US$3.900-an, bahkan sempat di bawah US$3.500 per koin. Kini harganya sedikit membaik: menurut Coinbase, Bitcoin diperdagangkan di kisaran US$4.022,3 per koin atau setara Rp 58,3 juta.',
      'Meski begitu, menambang Bitcoin belum menguntungkan. Mengutip CNBC international, Thomas Lee dari Fundstrat menyebut titik impas (BEP) penambangan di kisaran US$8.038 per koin.',
      'Artinya sejak pertengahan Mei 2018 menambang Bitcoin sudah tidak menguntungkan. Saat itu Bitcoin dihargai US$8.400 hingga US$8.200-an, lalu terus turun hingga menyentuh US$4.000 per koin.',
    ],
    expect: [
      p('Rp 58 Juta', 58e6, 'IDR'),
      p('US$6.300', 6300),
      p('US$3.900', 3900),
      p('US$3.500', 3500),
      p('US$4.022,3', 4022.3),
      p('Rp 58,3 juta', 58.3e6, 'IDR'),
      c('US$8.038', 8038),
      p('US$8.400', 8400),
      p('US$8.200', 8200),
      p('US$4.000', 4000),
    ],
  },
];
