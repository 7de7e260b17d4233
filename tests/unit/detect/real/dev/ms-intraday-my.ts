import { o, p, type RealCase } from '../labels';

// Malay trading blog. Bitcoin levels are in bare "$" (never RM) and one level drops its sign entirely
// ("kepada aras 10,000"); "$ 30,015.02" has a space after the sign; Dogecoin is in "sen dolar".
// "menjunam hampir $30,000 seunit" reads as a level (plunged to ~$30,000 a coin), not a change.
export const cases: RealCase[] = [
  {
    url: 'https://intraday.my/2020/harga-bitcoin-jatuh-mendadak-tanpa-disangka-lebih-10',
    lang: 'ms',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Harga Bitcoin Jatuh Mendadak Tanpa Disangka, Lebih 10%',
    blocks: [
      'Harga Bitcoin (BTC) merudum secara tiba-tiba sejak malam tadi, menyusut melebihi 10%.',
      'Dua faktor dilaporkan menyumbang kepada kejatuhan matawang digital itu. Pertama, ‘pelombong’ Bitcoin (miners) melepaskan sejumlah besar BTC dalam masa yang singkat.',
      'Kedua, indeks dolar US kembali melonjak selepas jatuh ke aras support terendah dalam tempoh beberapa tahun.',
      'Sebahagian pelabur menjangkakan nilai BTC akan stabil semula pada paras melebihi $10,500 dan menyaksikan lonjakan untuk tempoh yang panjang.',
      'Penyusutan mendadak BTC dari $12,000 kepada aras 10,000 menunjukkan kawasan harga $12,000 hingga $12,500 merupakan julat rintangan (resistance) yang kukuh, dan BTC gagal melonjak lebih tinggi lalu terus menyusut dalam masa yang sangat singkat.',
      'Dari sudut teknikal, penyusutan BTC dari $11,462 hingga $9,990 dalam tempoh 24 jam menambah kemungkinan jualan semula yang lebih dalam. Keadaan ini berlaku kerana BTC mengimbangi semula keuntungan yang dikumpul selama 31 hari.',
      'Bitcoin berjaya kekal pada paras melebihi $10,000 untuk tempoh yang sama sejak 2017. Satu cara mengelakkan penyusutan berterusan ialah harapan agar pembeli dari luar memasuki pasaran pada kadar harga sekitar $10,000.',
    ],
    expect: [
      p('$10,500', 10500),
      p('$12,000', 12000),
      p('10,000', 10000),
      p('$12,000', 12000),
      p('$12,500', 12500),
      p('$11,462', 11462),
      p('$9,990', 9990),
      p('$10,000', 10000),
      p('$10,000', 10000),
    ],
  },
  {
    url: 'https://intraday.my/3-faktor-ini-adalah-sebab-pasaran-kripto-kucar-kacir-semenjak-ini',
    lang: 'ms',
    tags: ['prose', 'anaphora', 'format'],
    title: '3 Faktor Ini Adalah Sebab Pasaran Kripto Kucar-Kacir Semenjak Ini',
    blocks: [
      'Harga Bitcoin menjunam hampir $30,000 seunit, menyambung gelombang jualan besar yang bermula seminggu lalu.',
      'Matawang kripto itu jatuh lebih 30% hari ini kepada $ 30,015.02, menurut Coin Metrics. Bitcoin (BTC) sebelum ini tidak pernah didagangkan di bawah $30,000 sejak hujung Januari.',
      'Kejatuhan hari Rabu menjadikan kerugian bitcoin sepanjang seminggu lalu melebihi 40%. Ini bermakna kejatuhan sejak minggu lepas telah memadam semua keuntungan yang dicetuskan oleh pengumuman Tesla membeli Bitcoin bernilai $ 1.5 bilion. Ia juga susut lebih 50% sejak mencecah paras tertinggi $ 64,829 pada pertengahan April.',
      'Kripto lain turut terkesan, antaranya Ethereum yang jatuh lebih 30% kepada $ 2,235. Dogecoin yang menjadi tumpuan pula turun 30% kepada kira-kira 32 sen dolar.',
    ],
    expect: [
      p('$30,000', 30000),
      p('$ 30,015.02', 30015.02),
      p('$30,000', 30000),
      o('$ 1.5 bilion', 1.5e9),
      p('$ 64,829', 64829),
      o('$ 2,235', 2235),
      o('32 sen dolar', 0.32),
    ],
  },
];
