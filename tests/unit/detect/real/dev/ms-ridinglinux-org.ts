import { o, type RealCase } from '../labels';

// Malay personal blog. The only amount is a family remittance in Singapore dollars, glued "SGD100",
// two sentences after the Bitcoin price run is mentioned without a figure.
export const cases: RealCase[] = [
  {
    url: 'http://ridinglinux.org/2017/02/18/',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Saya dan Bitcoin',
    blocks: [
      {
        text: 'Kali pertama saya dengar tentang Bitcoin ialah sekitar 2012 semasa berbual dengan rakan IT dalam Komuniti Sumber Terbuka. Saya ada baca sedikit sebanyak, tapi tak ambil berat sangat kerana tak pasti hala tujunya.',
        heading: 'Saya dan Bitcoin',
      },
      'Pertamanya, kerana kenaikan mendadak harga pasaran Bitcoin pada hujung Disember 2016 hingga awal Januari 2017. Ramai kaitkan dengan kemenangan Donald Trump sebagai presiden USA.',
      'Kedua, pada Januari lalu ayah minta saya pindahkan sejumlah wang kepada adiknya di Singapura. Wang pusaka itu jumlahnya kecil, bila convert ke Dolar Singapura ada lah dalam SGD100 sahaja. Tapi proses nak buat TT/Wire punyalah susah.',
    ],
    expect: [o('SGD100', 100, 'SGD')],
  },
];
