import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ansa.it/sito/notizie/economia/criptovalute/2023/04/11/bitcoin-supera-30-mila-dollari-per-la-prima-volta-da-giugno_1bb37fb0-0f89-4081-814d-8e448bad48eb.html',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'Bitcoin supera 30 mila dollari per la prima volta da giugno',
    blocks: [
      "(ANSA) - MILANO, 11 APR - Per la prima volta da giugno il bitcoin oltrepassa quota 30 mila dollari, dopo un rialzo di oltre l'80% da inizio anno.",
      'Malgrado il forte recupero, la valuta digitale, che oggi ha toccato un massimo di 30.404 dollari, vale ancora meno della metà del picco di oltre 67 mila dollari del novembre 2021. (ANSA).',
    ],
    expect: [p('30 mila dollari', 30000), p('30.404 dollari', 30404), p('67 mila dollari', 67000)],
  },
];
