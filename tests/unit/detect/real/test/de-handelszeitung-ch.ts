import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://handelszeitung.ch/invest/prognosewahnsinn-100000-dollar-fuer-einen-bitcoin-1464498',
    lang: 'de',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Prognosewahnsinn: 100’000 Dollar für einen Bitcoin',
    blocks: [
      'Der Bitcoin-Kurs explodiert nicht mehr, er wächst nur noch rasant. Seit Anfang August knackte die Digitalwährung Rekordmarke um Rekordmarke und war erstmals 3000, 3500, 4000 Dollar wert. Am Donnerstagmittag kostete ein Bitcoin 4490 Dollar, die 4500 Dollar sind also in Griffweite.',
      {
        text: "Bitcoinpreis bei 100'000 Dollar in fünf Jahren",
        heading: "Bitcoinpreis bei 100'000 Dollar in fünf Jahren",
      },
      {
        text: "In den vergangenen Tagen wurde etwa die Zahl von 100'000 Dollar genannt: So viel soll ein Bitcoin in fünf Jahren wert sein, sagte Harvard-Forscher Dennis Porto, gestützt auf das Mooresche Gesetz.",
        heading: "Bitcoinpreis bei 100'000 Dollar in fünf Jahren",
      },
    ],
    expect: [
      p('3000', 3000),
      p('3500', 3500),
      p('4000 Dollar', 4000),
      p('4490 Dollar', 4490),
      p('4500 Dollar', 4500),
      p("100'000 Dollar", 100000),
      p("100'000 Dollar", 100000),
    ],
  },
];
