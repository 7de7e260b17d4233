import { p, type RealCase } from '../labels';

// Indonesian news portal recap of Bitcoin's swings: levels written as "20 ribu dolar Amerika Serikat (AS)"
// and "5 ribu dolar AS" (thousand as a word, country name after the currency).
export const cases: RealCase[] = [
  {
    url: 'https://www.idntimes.com/business/economy/bagaimana-pergerakan-bitcoin-di-masa-depan-ini-kata-analis-00-9cxwx-fx40pq/amp',
    lang: 'id',
    tags: ['prose', 'format'],
    blocks: [
      'Jakarta, IDN Times – Bitcoin, mata uang kripto yang diluncurkan pada 2009 oleh sosok tak dikenal, pergerakan harganya sangat volatil.',
      'Pada 2017 Bitcoin jadi berita utama setelah harganya melonjak 20 kali lipat sejak awal tahun hingga hampir 20 ribu dolar Amerika Serikat (AS) pada Desember.',
      'Namun euforia itu berhenti ketika harga Bitcoin kembali merosot di bawah 5 ribu dolar AS pada Oktober 2018.',
    ],
    expect: [p('20 ribu dolar Amerika Serikat', 20000), p('5 ribu dolar AS', 5000)],
  },
];
