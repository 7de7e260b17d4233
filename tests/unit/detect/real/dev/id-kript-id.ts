import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kript.id/analis-prediksi-bitcoin-capai-ath-baru-lagi-di-akhir-q-1-2025',
    lang: 'id',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Analis Prediksi Bitcoin Capai ATH Baru Lagi di Akhir Q1 2025',
    blocks: [
      'Hundal menulis bahwa volatilitas pasar Bitcoin telah kembali ke level yang sama seperti November 2024, sekitar periode pemilihan Presiden AS. Saat itu, kegelisahan pasar memicu likuidasi besar-besaran, dengan total hampir $350 juta pada 4 November 2024, sehari sebelum kemenangan Donald Trump.',
      'Kemudian setelah Donald Trump menang, Bitcoin mengalami reli besar-besaran dari harga $73.000 hingga menembus angka psikologis di $100.000 pada 5 Desember 2024.',
      'Sementara itu, seorang komentator kripto punya pandangan berbeda terhadap performa Bitcoin di Q1 2025. Pendiri BitMEX memprediksi Bitcoin mungkin akan terkoreksi ke kisaran 70.000-75.000 yang bisa memicu “krisis finansial kecil”.',
    ],
    expect: [
      o('$350 juta', 350e6),
      p('$73.000', 73000),
      p('$100.000', 100000),
      p('70.000', 70000),
      p('75.000', 75000),
    ],
  },
];
