import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://young.postfinance.ch/was-kostet-eigentlich-ein-bitcoin',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Was kostet eigentlich ein Bitcoin?',
    blocks: [
      'Was kostet eigentlich ein Bitcoin?',
      'Das Gold des 21. Jahrhunderts – so scheint es – heisst Bitcoin. Ein Bitcoin ist 4’456.51 Schweizer Franken wert (Stand: 30. August 2017). Und auch die Kryptowährung wird geschürft, nur nicht in dunklen Stollen unter der Erde.',
      'Wer allein schürft, kann das kaum noch profitabel tun. Die Hardware lässt sich amortisieren, das Problem sind die Stromkosten eines Computers, der nonstop auf Hochleistung läuft.',
      'Beispiel: Wer seinen Heimcomputer für rund 1’800 Franken mit einem AntMiner S9 samt Netzgerät nachrüstet und im Kanton Bern für 24 Rappen pro Kilowattstunde das ganze Jahr durchlaufen lässt, bezahlt vor allem den Strom.',
    ],
    expect: [
      p('4’456.51 Schweizer Franken', 4456.51, 'CHF'),
      o('1’800 Franken', 1800, 'CHF'),
      o('24 Rappen', 0.24, 'CHF'),
    ],
  },
];
