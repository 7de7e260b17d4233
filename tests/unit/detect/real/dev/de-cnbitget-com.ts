import { p, type RealCase } from '../labels';

// cnbitget.com/de: exchange news mirror "Bitcoin am Scheideweg"; dot-grouped "Dollar" levels plus
// hyphenated compounds ("80.000-Dollar-Marke", "100.000-Dollar-Marke") for support and targets.
const url = 'https://www.cnbitget.com/de/news/detail/12560605129568';
const title = 'Bitcoin am Scheideweg: 95.000 Dollar als unmittelbares Hindernis';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Bitcoin (BTC), die weltweit führende Kryptowährung, steht erneut an einem Scheideweg. Das Niveau von 95.000 Dollar gilt als unmittelbares Hindernis auf dem Weg zurück zur sechsstelligen Marke.',
      'Laut dem Analysten Dave the Wave ist das Niveau von 100.000 Dollar die entscheidende Hürde, die die Bullen zurückerobern müssen.',
      {
        text: 'Bitcoin wird derzeit bei etwa 91.360 Dollar gehandelt, ein Tagesplus von etwa 0,85%. Noch läuft jedoch eine mehrmonatige Korrektur vom Höchststand nahe 127.000 Dollar am 10. Oktober.',
        heading: 'Weg zu sechsstelligen Zahlen',
      },
      {
        text: 'Zweitens zeigt das Diagramm eine „höheres Tief“-Struktur um die 80.000-Dollar-Marke, die eine Basis für den aktuellen Impuls bilden könnte.',
        heading: 'Weg zu sechsstelligen Zahlen',
      },
      {
        text: 'Polymarket sieht eine Wahrscheinlichkeit von 82%, dass Bitcoin dieses Jahr die 100.000-Dollar-Marke erreicht. Die Chancen auf 120.000 Dollar liegen bei 50%.',
        heading: 'Bescheidene Chancen',
      },
    ],
    expect: [
      p('95.000 Dollar', 95000),
      p('100.000 Dollar', 100000),
      p('91.360 Dollar', 91360),
      p('127.000 Dollar', 127000),
      p('80.000-Dollar', 80000),
      p('100.000-Dollar', 100000),
      p('120.000 Dollar', 120000),
    ],
  },
];
