import { o, type RealCase } from '../labels';

// Malay police reports on illegal Bitcoin mining: every ringgit amount is a machine value or a power-theft
// loss, never a coin price, though "bitcoin" sits in the same sentence. RM is glued to the number, "juta"
// scales it ("RM1.28 juta"), and one figure is misprinted "RM420,00" (meant RM420,000) — left without a value.
export const cases: RealCase[] = [
  {
    url: 'https://sinarharian.com.my/ampArticle/143788',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Empat lokasi diserbu, 211 mesin bitcoin dirampas',
    blocks: [
      'Empat lokasi diserbu, 211 mesin bitcoin dirampas',
      'GEORGETOWN - Polis menyerbu empat premis berasingan di sini dan merampas 211 buah mesin bitcoin bernilai RM100,000 dalam operasi yang bermula jam 11.30 malam Jumaat hingga 3 pagi Sabtu.',
      'Menurutnya, serbuan itu susulan penahanan empat lelaki dalam tiga serbuan yang dijalankan pada tengah hari Jumaat.',
      '"Semua premis yang diserbu ialah rumah kedai yang dijadikan pusat perlombongan mata wang bitcoin menggunakan bekalan elektrik secara haram," katanya.',
      '"Anggaran keseluruhan kerugian yang ditanggung TNB adalah RM420,00 untuk tempoh dua bulan," katanya.',
      'Pada Jumaat, polis merampas 200 mesin bitcoin bernilai RM80,000 dalam serbuan di tiga rumah kedai sekitar Jelutong.',
    ],
    expect: [o('RM100,000', 100000, 'MYR'), o('RM420,00', undefined, 'MYR'), o('RM80,000', 80000, 'MYR')],
  },
  {
    url: 'https://sinarharian.com.my/ampArticle/163008',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Sindiket lombong bitcoin curi elektrik lebih RM24 juta tumpas',
    blocks: [
      'Sindiket lombong bitcoin curi elektrik lebih RM24 juta tumpas',
      'SHAH ALAM - Kegiatan sindiket perlombongan bitcoin yang beroperasi dengan mencuri elektrik melebihi RM24 juta sejak setahun lalu berjaya ditumpaskan apabila polis menyerbu premis berkaitan di beberapa daerah pada Selasa.',
      'Dalam serbuan itu, polis turut merampas 2,137 unit mesin perlombongan bitcoin yang dianggarkan bernilai RM1.28 juta.',
      '"Seramai sembilan individu warga tempatan berumur antara 18 hingga 27 tahun ditahan menerusi 30 serbuan di lapan daerah," katanya.',
      '"Nilai kerugian TNB akibat kecurian elektrik ialah RM24.36 juta. Secara keseluruhan, nilai mesin yang dirampas dan nilai penggunaan elektrik berjumlah RM25.64 juta," katanya.',
    ],
    expect: [
      o('RM24 juta', 24e6, 'MYR'),
      o('RM24 juta', 24e6, 'MYR'),
      o('RM1.28 juta', 1.28e6, 'MYR'),
      o('RM24.36 juta', 24.36e6, 'MYR'),
      o('RM25.64 juta', 25.64e6, 'MYR'),
    ],
  },
];
