import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.cl/it-IT/news/511245',
    lang: 'it',
    tags: ['cost', 'widget', 'format'],
    blocks: [
      'Secondo i dati MacroMicro ripresi da Coinspeaker, al 19 gennaio 2026 il costo medio di mining di Bitcoin superava di oltre $8.000 il prezzo di mercato. Mentre scriviamo, minare 1 Bitcoin BTC $93 049 Volatilità 24h: 2,5% Cap. di mercato: $1,86 T Vol. 24h: $44,57 B costa circa $101.000, con la criptovaluta scambiata intorno ai $93.000.',
    ],
    expect: [
      o('$8.000', 8000),
      p('$93 049', 93049),
      o('$1,86 T', 1.86e12),
      o('$44,57 B', 44.57e9),
      c('$101.000', 101000),
      p('$93.000', 93000),
    ],
  },
];
