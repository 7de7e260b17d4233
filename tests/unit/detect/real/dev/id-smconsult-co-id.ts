import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://smconsult.co.id/id/berapa-pajak-cryptocurrency-atau-bitcoin/',
    lang: 'id',
    tags: ['prose', 'label-value', 'format'],
    title: 'Bagaimana Cara Menghitung Pajak Cryptocurrency atau Bitcoin?',
    blocks: [
      'Pada tanggal 31 Juli 2020 harga bitcoin berada di kisaran 173.607.690 rupiah, sedangkan hari ini 30 Juli 2021 berada di kisaran 563.392.050 rupiah. Ada kenaikan harga sekitar 3x lipat bila anda membeli tepat setahun lalu.',
      'Kita ambil contoh Irwan, belum bekerja dan berkeluarga (TK/0), yang membeli 1 bitcoin di harga 173.607.690 dan menjualnya di harga 563.392.050. Maka pajak yang perlu Irwan bayarkan:',
      'Capital gain : 389.784.360',
      'PTKP : 54.000.000',
      'PKP : 335.784.360',
      'PPh : 53.946.090',
    ],
    expect: [p('173.607.690 rupiah', 173607690, 'IDR'), p('563.392.050 rupiah', 563392050, 'IDR')],
  },
];
