import { o, type RealCase } from '../labels';

// Malay news (Harian Metro). Value of seized rigs and a monthly power-theft loss ("RM105,000 sebulan").
export const cases: RealCase[] = [
  {
    url: 'https://api.hmetro.com.my/mutakhir/2021/03/685891/sindiket-curi-elektrik-lombong-bitcoin-tumpas',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Sindiket curi elektrik lombong bitcoin tumpas',
    blocks: [
      'Seremban: Polis menumpaskan sindiket mencuri bekalan elektrik untuk melombong bitcoin menerusi serbuan di tiga rumah kedai sekitar Seremban 3 semalam, dengan nilai rampasan RM528,000.',
      '"Kedai kedua sebanyak 102 mesin bitcoin dan kedai seterusnya 80 mesin bitcoin dirampas," katanya kepada pemberita.',
      'Beliau berkata, TNB turut mengalami kerugian sebanyak RM105,000 sebulan akibat aktiviti haram itu yang dilakukan sejak enam hingga tujuh bulan lepas.',
      'Artikel ini disiarkan pada : Jumaat, 19 Mac 2021 @ 4:53 PM',
    ],
    expect: [o('RM528,000', 528000, 'MYR'), o('RM105,000', 105000, 'MYR')],
  },
];
