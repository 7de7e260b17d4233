import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cnbcindonesia.com/fintech/20180316113258-37-7468/gawat-menambang-bitcoin-tak-lagi-menguntungkan',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Gawat! Menambang Bitcoin Tak Lagi Menguntungkan',
    blocks: [
      'Gawat! Menambang Bitcoin Tak Lagi Menguntungkan',
      'Jakarta, CNBC Indonesia - Jatuhnya harga Bitcoin ke bawah US$ 8.500/btc atau setara Rp 114,75 juta berdampak pada aktivitas penambangan Bitcoin. Menurut penelitian, pada harga itu memproduksi Bitcoin tak lagi menguntungkan.',
      '"Saat ini Bitcoin diperdagangkan setara titik impas (break-even point). Berdasarkan model pertambangan yang dikembangkan tim sains kami, break-even point Bitcoin saat ini sebesar US$ 8.038," ujar Thomas Lee dari Fundstrat dalam laporan Kamis (15/3/2018), dikutip CNBC International.',
      'Menurut Coindesk, pada Kamis kemarin harga Bitcoin sudah turun di bawah US$ 8.000. Tahun ini nilai terendah Bitcoin terjadi pada 8 Februari 2018 sebesar US$ 7.676,52/btc.',
      'Sam Doctor, Kepala Ilmu Data Kuantitatif Fundstrat, menghitung biaya listrik untuk penambangan Bitcoin sekitar 6 sen dolar per kilowatt per jam.',
    ],
    expect: [
      p('US$ 8.500/btc', 8500),
      p('Rp 114,75 juta', 114.75e6, 'IDR'),
      c('US$ 8.038', 8038),
      p('US$ 8.000', 8000),
      p('US$ 7.676,52/btc', 7676.52),
      o('6 sen dolar', 0.06),
    ],
  },
];
