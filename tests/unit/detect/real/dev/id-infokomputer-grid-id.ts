import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://infokomputer.grid.id/amp/121623599/rugi-bandar-biaya-tambang-bitcoin-jauh-lebih-mahal-dari-nilai-jualnya',
    lang: 'id',
    tags: ['cost', 'prose', 'format'],
    title: 'Rugi Bandar, Biaya Tambang Bitcoin Jauh Lebih Mahal dari Nilai Jualnya',
    blocks: [
      'Nilai mata uang kriptografi Bitcoin kini makin melorot. Bahkan menurut lembaga riset JPMorgan Chase & Co, nilai Bitcoin kini lebih rendah dari biaya untuk menambangnya.',
      'Menurut analis JPMorgan, untuk menambang satu Bitcoin, biaya yang harus dikeluarkan berkisar sekitar 4.060 dollar AS atau sekitar Rp 57 juta. Angka itu merupakan hasil riset pada kuartal keempat tahun lalu.',
      'Sementara harga jual satu Bitcoin saat ini tercatat hanya sekitar kurang dari 3.500 dollar AS (sekitar Rp 48 juta). Dengan kata lain, biaya untuk menambang satu Bitcoin lebih besar ketimbang harga jualnya.',
    ],
    expect: [
      c('4.060 dollar AS', 4060),
      c('Rp 57 juta', 57e6, 'IDR'),
      p('3.500 dollar AS', 3500),
      p('Rp 48 juta', 48e6, 'IDR'),
    ],
  },
  {
    url: 'https://infokomputer.grid.id/amp/121623599/rugi-bandar-biaya-tambang-bitcoin-jauh-lebih-mahal-dari-nilai-jualnya',
    lang: 'id',
    tags: ['cost', 'anaphora', 'format'],
    title: 'Rugi Bandar, Biaya Tambang Bitcoin Jauh Lebih Mahal dari Nilai Jualnya',
    blocks: [
      'Kendati demikian, tak semua penambang harus merogoh kocek sedalam itu.',
      'Di wilayah China, penambang bisa mendapat satu Bitcoin dengan harga yang lebih murah, yakni sekitar 2.400 dollar AS.',
      'Perbedaan itu muncul karena para penambang di China dapat membuat kesepakatan dengan perusahaan listrik. Dalam menambang Bitcoin, listrik memang menjadi biaya terbesar.',
      '"Penurunan harga Bitcoin dari sekitar 6.500 dollar AS sepanjang Oktober hingga di bawah 4.000 membuat margin semakin negatif untuk hampir setiap wilayah, kecuali para penambang di China yang berbiaya rendah," ungkap analis JP Morgan seperti dikutip Bloomberg.',
      'Jika kemudian hanya para penambang di China yang bertahan, analis memprediksi biaya marjinal untuk menambang satu Bitcoin akan turun hingga kurang dari 1.260 dollar AS.',
    ],
    expect: [c('2.400 dollar AS', 2400), p('6.500 dollar AS', 6500), c('1.260 dollar AS', 1260)],
  },
];
