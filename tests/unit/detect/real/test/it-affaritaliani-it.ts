import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.affaritaliani.it/economia/bitcoin-la-criptovaluta-supera-per-la-prima-volta-i-20000-dollari-712104.html',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin, la criptovaluta supera per la prima volta i 20.000 dollari',
    blocks: [
      'Per la prima volta nella sua storia il bitcoin ha oltrepassato la soglia dei 20.000 dollari, spinto anche dalla domanda crescente degli investitori istituzionali. In questo momento vale 20.360 dollari, +4,78% su ieri. Il 30 novembre aveva toccato i 19.786 dollari, battendo il vecchio record di 19.783 dollari che reggeva da quasi tre anni. Dopo il picco di fine 2017, in un anno il prezzo era crollato a 4.000 dollari.',
    ],
    expect: [
      p('20.000 dollari', 20000),
      p('20.360 dollari', 20360),
      p('19.786 dollari', 19786),
      p('19.783 dollari', 19783),
      p('4.000 dollari', 4000),
    ],
  },
];
