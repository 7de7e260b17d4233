import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://academy.binance.com/it/articles/an-overview-of-bitcoin-s-price-history',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Una panoramica della storia del prezzo di Bitcoin',
    blocks: [
      'Una panoramica della storia del prezzo di Bitcoin',
      {
        text: 'Dalla sua creazione nel 2009, il percorso di Bitcoin è stato volatile, con oscillazioni di prezzo legate a eventi politici, economici e normativi.',
        heading: 'Punti chiave',
      },
      {
        text: 'Il prezzo di Bitcoin è passato da 0,30$ all’inizio del 2011 a un massimo storico di 111.980$ nel 2025 – una crescita di oltre il 37.000.000% in meno di 14 anni.',
        heading: 'Punti chiave',
      },
      {
        text: 'Dal minimo del 2020 di 3.880$ fino al massimo storico del 2025 di 111.980$, Bitcoin è salito di oltre il 2700%.',
        heading: 'Punti chiave',
      },
      {
        text: 'Dal 2011 al 2025 il prezzo di Bitcoin ha reso circa il 142% annuo. Al 10 giugno 2025 la capitalizzazione di mercato di Bitcoin è di circa 2,18 bilioni di dollari, con una dominance intorno al 64%.',
        heading: 'Punti chiave',
      },
    ],
    expect: [
      p('0,30$', 0.3),
      p('111.980$', 111980),
      p('3.880$', 3880),
      p('111.980$', 111980),
      o('2,18 bilioni di dollari', 2.18e12),
    ],
  },
];
