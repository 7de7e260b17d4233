import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.sinartabagsel.web.id/2023/12/penambang-bitcoin-mencuri-listrik-di.html',
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Penambang Bitcoin Mencuri Listrik di Kota Medan',
    blocks: [
      'Sejumlah peralatan yang disita antara lain laptop, 3 unit DVR CCTV, handphone, potongan kabel JTR, 4 unit panel, meteran KWH, 20 unit modem, 440 meter kabel listrik dan 11 unit CPU komputer.',
      '"Selama 6 bulan tambang bitcoin ini beroperasi, estimasi kerugian negara akibat pencurian arus listrik mencapai Rp14,4 miliar," kata Kapolda.',
      'Kemunculan bitcoin menciptakan profesi baru, yaitu para penambang koin. Para penambang sebetulnya bertugas sebagai "validator" yang memverifikasi setiap transaksi. Sebagai imbalan jerih payahnya, mereka mendapatkan bitcoin yang bisa ditukar 21.622,85 dolar AS.',
    ],
    expect: [o('Rp14,4 miliar', 14.4e9, 'IDR'), p('21.622,85 dolar AS', 21622.85)],
  },
];
