import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.viralberita.my.id/2025/09/inilah-5-negara-yang-menjadi-tempat.html',
    lang: 'id',
    tags: ['cost', 'prose', 'label-value', 'format'],
    title: 'Inilah 5 Negara yang Menjadi Tempat Termahal Menambang Bitcoin',
    blocks: [
      'Harga Bitcoin US$110.384, Ini 5 Negara dengan Biaya Penambangan Termahal',
      'Jakarta – Bitcoin kini diperdagangkan di sekitar US$110.384. Tapi ongkos menambangnya bisa mencapai ratusan ribu dolar per koin di negara dengan listrik sangat mahal, menurut riset Ainvest.',
      '1. Italia – US$306.550 per Bitcoin',
      '2. Bahamas – US$280.000 per Bitcoin',
      'Bahamas bergantung pada impor bahan bakar untuk listrik, sehingga tarif rumah tangga tembus US$0,357 per kWh dan biaya mining Bitcoin naik hingga US$280.000.',
      '3. Austria – US$277.000 per Bitcoin',
      '4. Swiss – US$236.000 per Bitcoin',
      '5. Jerman – US$163.000 per Bitcoin',
    ],
    expect: [
      p('US$110.384', 110384),
      p('US$110.384', 110384),
      c('US$306.550', 306550),
      c('US$280.000', 280000),
      o('US$0,357', 0.357),
      c('US$280.000', 280000),
      c('US$277.000', 277000),
      c('US$236.000', 236000),
      c('US$163.000', 163000),
    ],
  },
];
