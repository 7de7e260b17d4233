import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tribunnews.com/new-economy/2022/07/01/microstrategy-nekat-borong-bitcoin-senilai-10-juta-dolar-as-saat-harga-kripto-berguguran',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'MicroStrategy Nekat Borong Bitcoin Senilai 10 Juta Dolar AS saat Harga Kripto Berguguran',
    blocks: [
      'TRIBUNNEWS.COM WASHINGTON – Perusahaan analytics & business intelligence asal Amerika MicroStrategy dilaporkan telah memborong ratusan Bitcoin saat harga kripto di pasar global tengah runtuh.',
      'Melalui pengumumannya MicroStrategy menjelaskan bahwa aksi borong tersebut berlangsung sejak 3 Mei hingga 28 Juni 2022, dengan menggelontorkan dana sebanyak 10 juta dolar AS. MicroStrategy membeli 480 BTC dengan harga rata-rata 20.817 dolar AS per BTC.',
      'Dalam perdagangan Coinmarketcap pada Jumat siang (1/7/2022) Bitcoin terpantau anjlok 1,43 persen hanya dalam kurun waktu 24 jam. Penurunan ini lantas menyeret harga BTC turun di harga 19.642 dolar AS.',
      'Sayangnya aksi beli ini membuat sejumlah pihak berspekulasi bahwa MicroStrategy tengah menutupi margin call perusahaan, karena membengkaknya pinjaman dana senilai 205 juta dolar yang dilakukan MicroStrategy pada Silvergate Bank.',
    ],
    expect: [
      o('10 juta dolar AS', 10e6),
      p('20.817 dolar AS', 20817),
      p('19.642 dolar AS', 19642),
      o('205 juta dolar', 205e6),
    ],
  },
];
