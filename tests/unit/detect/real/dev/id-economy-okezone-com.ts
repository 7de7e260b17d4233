import { o, p, type RealCase } from '../labels';

// Glued 'USD65.000' codes; the low sentence names only 'Cryptocurrency unggulan'; Ether's level is other.
export const cases: RealCase[] = [
  {
    url: 'https://economy.okezone.com/amp/2021/05/20/320/2412793/ada-nama-elon-musk-di-balik-anjloknya-harga-bitcoin',
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ada Nama Elon Musk di Balik Anjloknya Harga Bitcoin',
    blocks: [
      'JAKARTA – Bitcoin (BTC) anjlok hingga 53% tertekan aksi jual besar-besaran karena investor panik. Kripto terpopuler itu sudah kehilangan lebih dari separuh nilainya dari posisi tertinggi di level USD65.000.',
      'Dilansir CNBC, Kamis (20/5/2021), cryptocurrency unggulan itu jatuh ke level terendah dalam tiga bulan pada perdagangan Rabu kemarin, merosot ke sekitar USD30.000 setelah sebelumnya sempat menanjak lebih dari 30%.',
      'Ether, koin utama jaringan blockchain Ethereum, juga turun tajam dan sempat menembus di bawah USD2.000, turun lebih dari 40% dalam waktu kurang dari 24 jam.',
    ],
    expect: [p('USD65.000', 65000), p('USD30.000', 30000), o('USD2.000', 2000)],
  },
];
