import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nau.ch/news/wirtschaft/bitcoin-kurs-fallt-unter-6000-us-dollar-65295077',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin-Kurs fällt unter 6000 US-Dollar',
    blocks: [
      'Bitcoin-Kurs fällt unter 6000 US-Dollar',
      'Die umstrittene Kryptowährung Bitcoin hat am Dienstag weiter nachgegeben und ist unter die Marke von 6000 US-Dollar gerutscht.',
      'Das Wichtigste in Kürze',
      'Der Bitcoin-Kurs sinkt auf unter 6000 Dollar.',
      'Er verlor somit am Dienstagmorgen rund 10 Prozent.',
      'Dazu hat sich die Stimmung an den Finanzmärkten eingetrübt. Riskantere Anlagen wie Digitalwährungen seien davon erfasst und abgestossen worden, hiess es. Das widerspricht früheren Argumenten, wonach Digitalwährungen als neuer sicherer Hafen gelten sollen.',
      "Die Kryptowährung war zwischenzeitlich zu rund 20'000 Dollar gehandelt worden. In den letzten Tagen aber stürzte der Kurs ab.",
      'Der Bitcoin ist damit heute zwei Drittel weniger wert als noch Mitte Dezember.',
    ],
    expect: [
      p('6000 US-Dollar', 6000),
      p('6000 US-Dollar', 6000),
      p('6000 Dollar', 6000),
      p("20'000 Dollar", 20000),
    ],
  },
];
