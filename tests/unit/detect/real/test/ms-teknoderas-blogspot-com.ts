import { o, p, type RealCase } from '../labels';

// Malay tech blog (2013). The code is glued before the number: "USD7.50", "USD891", "USD1.5 billion"
// (English scale word inside Malay prose); the price is "bagi setiap Bitcoin".
export const cases: RealCase[] = [
  {
    url: 'https://teknoderas.blogspot.com/2013/11/apa-itu-bitcoin.html',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Apa itu Bitcoin?',
    blocks: [
      {
        text: 'Bitcoin ialah wang tunai untuk internet. Ia dianggap sebagai matawang maya yang beroperasi secara ‘peer-to-peer’, iaitu pertukaran terus dari orang ke orang. Tiada bank atau badan pusat seperti Bank Negara yang mengawal aliran matawang maya ini.',
        heading: 'Apa itu Bitcoin?',
      },
      'Idea matawang-kripto ini bermula daripada perbincangan di forum atas talian pada tahun 1998, dan Bitcoin mula digunakan pada tahun 2009. Menurut bitcoin.org, dianggarkan kini terdapat lebih USD1.5 billion jumlah matawang Bitcoin di dalam pasaran dunia.',
      'Nilai Bitcoin sentiasa berubah-ubah. Contohnya, pada tahun 2011 nilai Bitcoin hanya USD7.50 bagi setiap Bitcoin dan kini nilai tersebut telah melonjak ke paras USD891 bagi setiap Bitcoin. (pada ketika artikel ini ditulis) http://preev.com',
    ],
    expect: [o('USD1.5 billion', 1.5e9), p('USD7.50', 7.5), p('USD891', 891)],
  },
];
