import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://batamtoday.com/home/read/124457/Kini-Biaya-Menambang-Bitcoin-Lebih-Mahal-dari-Harga-Jual',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Kini Biaya Menambang Bitcoin Lebih Mahal dari Harga Jual',
    blocks: [
      'Kini Biaya Menambang Bitcoin Lebih Mahal dari Harga Jual',
      'BATAMTODAY.COM, Jakarta - Menurut analisa JPMorgan Chase & Co, biaya untuk menambang bitcoin kini melampaui harga jual mata uang digital itu sendiri. Biaya rata-rata global yang dibutuhkan berkisar lebih dari US$4000 pada kuartal empat 2018.',
      'Padahal harga jual bitcoin pada Januari lalu hanya US$3600, jauh di bawah nilainya tahun lalu yang jatuh 74 persen menjadi US$6500. Melihat kerugian ini, tak heran makin banyak produsen terancam gulung tikar.',
      '"Harga jual bitcoin yang jatuh dari US$6500 menjadi di bawah US$4000 membuat margin penambang makin negatif di berbagai belahan dunia, kecuali di China," jelas analis.',
      'Penambang di China mendirikan usaha di dekat pembangkit listrik dan membeli sisa listriknya, sehingga biaya listrik mereka bisa ditekan hingga sekitar US$2000 per bitcoin. Bahkan sebagian produsen bitcoin China bisa menekan biaya produksi lebih rendah lagi menjadi US$1260.',
    ],
    expect: [
      c('US$4000', 4000),
      p('US$3600', 3600),
      p('US$6500', 6500),
      p('US$6500', 6500),
      p('US$4000', 4000),
      c('US$2000', 2000),
      c('US$1260', 1260),
    ],
  },
];
