import { o, p, type RealCase } from '../labels';

// giga.de: "Satoshi in Euro umrechnen" how-to; BTC price in euros next to per-satoshi values (fractions of
// a coin → other) and a bare "10.000" in the worked division that the reader takes as the euro price.
const url = 'https://giga.de/downloads/bitcoin/tipps/satoshi-in-euro-umrechnen-so-gehts-mit-rechner';
const title = 'Satoshi in Euro umrechnen: So geht’s mit Rechner';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Satoshi in Euro umrechnen',
      'Wie andere Währungen hat auch Bitcoin eine kleinere Einheit. Das ergibt vor allem deshalb Sinn, weil ein einzelner Bitcoin sehr viel wert ist (Stand Januar 2018: 8000 Euro). Dafür gibt es die Einheit Satoshi, mit der sich kleinere Summen rechnen lassen.',
    ],
    expect: [p('8000 Euro', 8000, 'EUR')],
  },
  {
    url,
    lang: 'de',
    tags: ['format', 'anaphora'],
    title,
    blocks: [
      { text: 'Satoshi in Euro: Rechenbeispiel', heading: 'Satoshi in Euro: Rechenbeispiel' },
      'Zur Verdeutlichung zwei einfache Rechenbeispiele:',
      'Steht der Bitcoin-Kurs gerade bei 10.000 Euro, ist ein Satoshi 0,0001 Euro wert.',
      '10.000 geteilt durch 100.000.000 = 0.0001',
      'Liegt der Bitcoin bei 20.000 Euro, beträgt der Wert eines Satoshi 0,0002 Euro.',
    ],
    expect: [
      p('10.000 Euro', 10000, 'EUR'),
      o('0,0001 Euro', 0.0001, 'EUR'),
      p('10.000', 10000, 'EUR'),
      p('20.000 Euro', 20000, 'EUR'),
      o('0,0002 Euro', 0.0002, 'EUR'),
    ],
  },
];
