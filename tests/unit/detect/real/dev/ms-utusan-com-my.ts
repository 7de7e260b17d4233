import { o, type RealCase } from '../labels';

// Malay news (Utusan). A raid on a Bitcoin mining shop: the loss to the utility and the value of the
// seized rigs, in "RM1.3 juta" and glued "RM156,000".
export const cases: RealCase[] = [
  {
    url: 'https://utusan.com.my/nasional/2025/02/42-mesin-lombong-bitcoin-dirampas-kerugian-cecah-rm1-3-juta',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: '42 mesin lombong bitcoin dirampas, kerugian cecah RM1.3 juta',
    blocks: [
      'KANGAR: Sebanyak 42 mesin melombong bitcoin dirampas dalam satu operasi di sebuah premis sekitar pusat perniagaan Marina, Kuala Perlis pada 18 Januari lalu.',
      'Premis itu dipercayai membuat penyambungan elektrik tidak sah sehingga menyebabkan kerugian berjumlah RM1.3 juta kepada Tenaga Nasional Berhad (TNB).',
      '“Hasil serbuan ini, kita juga merampas 42 set perlombongan bitcoin dan aksesori dengan nilai keseluruhan berjumlah RM156,000,” katanya.',
      '“Aktiviti perlombongan bitcoin ini berjalan 24 jam dan memerlukan banyak elektrik, sebab itu mereka membuat penyambungan haram sehingga TNB rugi berjumlah RM1.3 juta,” katanya.',
    ],
    expect: [o('RM1.3 juta', 1.3e6, 'MYR'), o('RM156,000', 156000, 'MYR'), o('RM1.3 juta', 1.3e6, 'MYR')],
  },
];
