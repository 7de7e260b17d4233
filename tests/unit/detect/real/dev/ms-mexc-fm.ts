import { p, type RealCase } from '../labels';

// Malay exchange news (ms-MY). Bitcoin levels in "$" with comma thousands and a dot decimal
// ("$83,642.21"); the Dollar Index levels 95.34 and 96 carry no currency and are not amounts.
export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.fm/ms-MY/news/602060',
    lang: 'ms',
    tags: ['prose', 'format'],
    blocks: [
      'Kejatuhan harga Bitcoin kepada $83,642.21 pada hujung minggu ini mungkin tidak banyak berkait dengan faktor khusus dunia kripto, sebaliknya lebih berkait dengan kekuatan Dolar AS.',
      'Selepas penurunan harga kripto yang kini sudah menjadi kebiasaan pada hujung minggu, harga Bitcoin sebenarnya meningkat sepanjang minggu tersebut, terutamanya apabila nilai Dolar AS jatuh dengan ketara.',
      'Harga tertinggi Bitcoin minggu ini dicapai lewat petang Rabu, hampir menyentuh $91,000, ketika Fed mengekalkan kadar faedah dan perhatian beralih kepada calon yang bakal dilantik Presiden Trump untuk menerajui bank pusat AS.',
      'Puncak harga itu seiring dengan kejatuhan Indeks Dolar (DXY) ke paras terendah dalam beberapa tahun, iaitu 95.34. Secara umum, apabila Dolar AS lemah, harga aset seperti Bitcoin, saham dan komoditi lazimnya meningkat.',
      'Walaupun pakar teknikal memberi amaran bahawa penurunan DXY di bawah paras 96 bermakna Dolar AS mungkin terus merosot, pasaran berpendapat sebaliknya. Dolar AS mula mengukuh secara berterusan, manakala harga Bitcoin mula turun daripada paras $91,000.',
      'Dolar AS terus menguat hingga hari Khamis, dan kerugian Bitcoin semakin ketara sepanjang sesi dagangan. Laporan pada malam Khamis bahawa Kevin Warsh bakal dilantik sebagai Pengerusi Fed sekali lagi menyebabkan Dolar AS melonjak, dan harga Bitcoin jatuh mendadak, dengan BTC akhirnya menyentuh paras terendah $81,000.',
      'Sejak itu, harga Bitcoin berjaya pulih ke paras $83,000, namun Dolar AS terus mencatat kenaikan, sekali gus menimbulkan persoalan tentang sejauh mana kenaikan harga kripto ini boleh bertahan.',
    ],
    expect: [
      p('$83,642.21', 83642.21),
      p('$91,000', 91000),
      p('$91,000', 91000),
      p('$81,000', 81000),
      p('$83,000', 83000),
    ],
  },
];
