import { p, type RealCase } from '../labels';

// Italian edition of a crypto news site (2021): levels with a trailing "$" ("60.000$"), ranges
// written "58.800$-60.000$", and a section heading that is itself a level.
export const cases: RealCase[] = [
  {
    url: 'https://it.cointelegraph.com/news/bitcoin-price-facing-final-resistance-before-68k',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Il prezzo di Bitcoin affronta l’ultima resistenza prima dei 68.000$',
    blocks: [
      'Questa settimana il prezzo di Bitcoin (BTC) non è riuscito a segnare nuovi massimi sopra i 60.000$. Dopo il breakout oltre i 58.000$, le notizie negative hanno fermato il rally, con un pullback verso i 53.000$ il 16 marzo.',
      'In soli sei mesi il prezzo di Bitcoin è accelerato da 11.000$ a 60.000$.',
      'Bitcoin respinto dai 60.000$',
      'Il grafico a 4 ore mostra un chiaro supporto a 53.000$. La ripresa ha poi incontrato la zona di resistenza tra 58.800$ e 60.000$, l’ultimo ostacolo prima di poter puntare sui 68.000$.',
      'Il limite superiore del range si trova a 58.800$-60.000$, mentre la zona di supporto inferiore è compresa tra 54.000$-55.000$ e 53.000$.',
      'Con la creazione del recente minimo a 42.000$, il trend giornaliero resta rialzista.',
    ],
    expect: [
      p('60.000$', 60000),
      p('58.000$', 58000),
      p('53.000$', 53000),
      p('11.000$', 11000),
      p('60.000$', 60000),
      p('60.000$', 60000),
      p('53.000$', 53000),
      p('58.800$', 58800),
      p('60.000$', 60000),
      p('68.000$', 68000),
      p('58.800$', 58800),
      p('60.000$', 60000),
      p('54.000$', 54000),
      p('55.000$', 55000),
      p('53.000$', 53000),
      p('42.000$', 42000),
    ],
  },
];
