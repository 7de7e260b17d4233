import { o, type RealCase } from '../labels';

// Malay news (theSun Berita). Seized mining machines and the utility's loss, both next to "bitcoin";
// a phone number "04-9872222" closes the piece.
export const cases: RealCase[] = [
  {
    url: 'https://thesun.my/berita/tempatan/polis-rampas-259-mesin-lombong-bitcoin-bernilai-rm958000',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Polis rampas 259 mesin lombong bitcoin bernilai RM958,000',
    blocks: [
      'Polis Perlis merampas 259 mesin perlombongan bitcoin bernilai RM958,000 dalam tujuh serbuan, manakala TNB rugi dianggarkan RM15.55 juta akibat sambungan elektrik haram.',
      'KANGAR: Polis merampas 259 unit mesin perlombongan bitcoin bersama pelbagai peralatan sokongan dalam serbuan berasingan di tujuh premis sekitar Kangar dan Kuala Perlis.',
      'Nilai rampasan keseluruhan dianggarkan mencecah RM958,000.',
      'Ketua Polis Perlis berkata serbuan itu mendedahkan Tenaga Nasional Berhad (TNB) menanggung kerugian dianggarkan RM15.55 juta.',
      'Maklumat boleh disalurkan ke Ibu Pejabat Polis Kontinjen Perlis di talian 04-9872222 atau balai polis berhampiran.',
    ],
    expect: [
      o('RM958,000', 958000, 'MYR'),
      o('RM15.55 juta', 15.55e6, 'MYR'),
      o('RM958,000', 958000, 'MYR'),
      o('RM15.55 juta', 15.55e6, 'MYR'),
    ],
  },
];
