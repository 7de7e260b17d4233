import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://id.cointelegraph.com/news/bitcoin-120k-very-quick-breakout-150k-charles-edwards',
    lang: 'id',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin bisa melesat "amat cepat" ke US$150.000 setelah tembus US$120.000: Charles Edwards',
    blocks: [
      'Bitcoin berpotensi meledak ke rekor all-time high (ATH) baru di kisaran US$150.000 sebelum akhir tahun 2025, seiring derasnya arus masuk institusional yang berjalan beriringan dengan reli emas, kata pendiri Capriole Investments, Charles Edwards.',
      'Bitcoin (BTC) berhasil kembali menapak di atas ambang psikologis US$120.000, yang menurut Edwards bisa memicu lonjakan “amat cepat” menuju ATH baru. Dalam wawancara bersama Cointelegraph di Token2049 Singapura, ia berkata: “Saya tidak akan kaget jika kita naik ke US$150.000 dalam tempo yang cukup singkat, begitu kita keluar dari rentang US$120.000. Itu tampaknya kian dekat”.',
      'Data Cointelegraph memperlihatkan BTC sudah melompat lebih dari 6% dalam sepekan, meneguhkan posisinya di atas US$118.500 untuk pertama kalinya sejak 15 Agustus.',
    ],
    expect: [
      p('US$150.000', 150000),
      p('US$120.000', 120000),
      p('US$150.000', 150000),
      p('US$120.000', 120000),
      p('US$118.500', 118500),
    ],
  },
  {
    url: 'https://id.cointelegraph.com/news/bitcoin-120k-very-quick-breakout-150k-charles-edwards',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Bitcoin bisa melesat "amat cepat" ke US$150.000 setelah tembus US$120.000: Charles Edwards',
    blocks: [
      'Pandangan Edwards cenderung lebih hati-hati ketimbang analis lain yang meramalkan siklus kali ini bisa mengerek harga Bitcoin ke atas US$200.000.',
      'André Dragosch, Kepala Riset Eropa di Bitwise Asset Management, menuturkan kepada Cointelegraph bahwa masuknya aset kripto ke program pensiun 401(k) di AS berpotensi membuka arus modal segar senilai US$122 miliar. Bahkan alokasi konservatif 1% saja, ujarnya, sudah bisa menyeret harga Bitcoin melampaui US$200.000 sebelum kalender berganti.',
    ],
    expect: [p('US$200.000', 200000), o('US$122 miliar', 122e9), p('US$200.000', 200000)],
  },
];
