import { o, p, type RealCase } from '../labels';

// tipps.computerbild.de: "Satoshi in Euro umrechnen" bullet list; each bullet pairs a Bitcoin level in
// euros with the value of one satoshi (a fraction of a coin → other).
const url = 'https://tipps.computerbild.de/internet/bezahlsysteme/satoshi-in-euro-455431.html';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['label-value', 'format'],
    title: 'Satoshi in Euro umrechnen: So klappt es',
    blocks: [
      {
        text: 'Der Satoshi-Wert in Euro hängt also immer vom aktuellen Bitcoin-Kurs ab.',
        heading: 'So rechnen Sie Satoshi in Euro um',
      },
      'Dazu zwei Rechenbeispiele:',
      'Steht der Bitcoin bei 10.000 Euro, ist ein Satoshi 0,0001 Euro wert.',
      'Steht der Bitcoin bei 20.000 Euro, beträgt der Wert eines Satoshi 0,0002 Euro.',
    ],
    expect: [
      p('10.000 Euro', 10000, 'EUR'),
      o('0,0001 Euro', 0.0001, 'EUR'),
      p('20.000 Euro', 20000, 'EUR'),
      o('0,0002 Euro', 0.0002, 'EUR'),
    ],
  },
];
