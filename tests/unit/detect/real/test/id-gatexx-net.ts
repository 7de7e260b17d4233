import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gatexx.net/id/post/status/18662283',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Metrik ekonomi pertambangan Bitcoin menunjukkan tekanan finansial yang berat bagi operator, dan banyak penambang disebut sedang menimbang untuk menutup atau memindahkan operasinya. Menurut Capriole Investments, dana lindung nilai aset digital, biaya rata-rata untuk menghasilkan satu Bitcoin sudah mencapai level yang menyulitkan profitabilitas jangka pendek. Saat ini Bitcoin diperdagangkan di sekitar $69,580, jauh di bawah level $82,500 yang tercatat pada Januari lalu.',
      {
        text: 'Berdasarkan data Capriole Investments, biaya listrik murni untuk menambang satu Bitcoin berkisar $59,450, sementara total pengeluaran produksi mencapai $74,300. Selisih ini menciptakan “zona bahaya” bagi operator bermargin tipis. Meski harga Bitcoin masih di atas kedua ambang tersebut, banyak penambang dengan struktur biaya lebih tinggi terdesak untuk mengurangi kapasitas.',
        heading: 'Tekanan Ekonomi Mengganggu Profitabilitas Penambangan',
      },
    ],
    expect: [p('$69,580', 69580), p('$82,500', 82500), c('$59,450', 59450), c('$74,300', 74300)],
  },
];
