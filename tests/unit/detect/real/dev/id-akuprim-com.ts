import { o, p, type RealCase } from '../labels';

// Indonesian repost of a CNN Indonesia story: US$ levels with a rupiah conversion and the exchange-rate assumption, a close written "US$54,322", and a market-cap drop.
export const cases: RealCase[] = [
  {
    url: 'https://akuprim.com/harga-bitcoin-turun-ke-rp669-juta-usai-pecahkan-rekor/',
    lang: 'id',
    tags: ['prose', 'format', 'change'],
    title: 'Harga Bitcoin Turun ke Rp669 Juta Usai Pecahkan Rekor',
    blocks: [
      'Jakarta, CNN Indonesia — Harga bitcoin merosot 17 persen ke US$47.400 atau sekitar Rp669 juta (asumsi kurs Rp14.117 per dolar AS) pada perdagangan Senin (22/2), waktu Amerika Serikat. Padahal sehari sebelumnya bitcoin mencetak rekor tertinggi sepanjang sejarah US$58.354.',
      'Pada penutupan perdagangan kemarin, bitcoin menahan penurunannya sehingga hanya terkontraksi 5,5 persen menjadi US$54,322.',
      'Penurunan harga pada awal pekan ini membuat nilai kapitalisasi pasarnya turun US$160 miliar. Kenaikan harga bitcoin direm oleh aksi jual ekuitas global dan kekhawatiran investor terhadap lonjakan pesat uang virtual itu.',
      'Sejak awal tahun, harga bitcoin menanjak lebih dari 80 persen. Pada Maret lalu, bitcoin menyentuh level terendahnya di bawah US$4.000. Artinya, kenaikannya sejak saat itu hampir 1.200 persen.',
    ],
    expect: [
      p('US$47.400', 47400),
      p('Rp669 juta', 669000000, 'IDR'),
      o('Rp14.117', 14117, 'IDR'),
      p('US$58.354', 58354),
      p('US$54,322', 54322),
      o('US$160 miliar', 160000000000),
      p('US$4.000', 4000),
    ],
  },
];
