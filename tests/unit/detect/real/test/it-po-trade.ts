import { p, type RealCase } from '../labels';

const row = (phase: string, period: string, btc: string, price: string, funding: string) => [
  { text: phase, header: 'Fase di Acquisizione' },
  { text: period, header: 'Periodo di Tempo', row: phase },
  { text: btc, header: 'BTC Acquistati', row: phase },
  { text: price, header: 'Prezzo Medio Per BTC', row: phase },
  { text: funding, header: 'Metodo di Finanziamento', row: phase },
];

export const cases: RealCase[] = [
  {
    url: 'https://po.trade/blog/it/post/how-much-bitcoin-does-microstrategy-own',
    lang: 'it',
    tags: ['table', 'format'],
    title: 'Analisi Pocket Option: Quanti Bitcoin Possiede MicroStrategy',
    blocks: [
      "Capire quanti Bitcoin possiede MicroStrategy parte dall'esame della sua strategia di acquisizione. Da agosto 2020, quando la società ha fatto il suo primo grande acquisto, ha accumulato in modo aggressivo, diventando di fatto un ETF Bitcoin.",
      "L'acquisizione può essere divisa in fasi distinte, ciascuna con metodi di acquisto, finanziamento e condizioni di mercato diversi.",
      ...row('Conversione Iniziale della Tesoreria', 'Ago-Set 2020', '38.250', '$11.653', 'Riserve di Cassa'),
      ...row('Prima Offerta di Debito', 'Dic 2020', '29.646', '$21.925', 'Note Convertibili'),
      ...row('Accumulazione Accelerata', 'Gen-Feb 2021', '20.857', '$52.765', 'Note Senior Convertibili'),
      ...row(
        'Accumulazione Strategica',
        'Mar 2021-Apr 2022',
        '43.573',
        '$45.294',
        'Misto (Offerte di Debito/Azioni)',
      ),
    ],
    expect: [p('$11.653', 11653), p('$21.925', 21925), p('$52.765', 52765), p('$45.294', 45294)],
  },
];
