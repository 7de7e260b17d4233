import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pagare.online/cambio-valuta/40/EUR/BTC',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'BTC EUR: come convertirli',
    blocks: [
      "Quanto vale 1BTC in EUR? Dipende dal momento in cui lo chiediamo: oggi, mentre scriviamo, il trend è ribassista e domani potrebbe cambiare. Per dare un'idea, oggi 1 BTC vale circa 23.900€.",
    ],
    expect: [p('23.900€', 23900, 'EUR')],
  },
];
