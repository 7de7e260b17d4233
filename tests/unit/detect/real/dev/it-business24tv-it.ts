import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://business24tv.it/?noamp=mobile&p=230015',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin, nuovo massimo storico',
    blocks: [
      'Il precedente record era del novembre 2021',
      "Alla fine il Bitcoin ci è riuscito: per la prima volta in oltre due anni ha segnato un nuovo record, a quota 69.210 dollari. Il rally, alimentato dagli ETF e dall'halving in arrivo, ha portato la più grande delle criptovalute oltre i 68.982,20 dollari del 10 novembre 2021.",
    ],
    expect: [p('69.210 dollari', 69210), p('68.982,20 dollari', 68982.2)],
  },
];
