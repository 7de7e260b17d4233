import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://saldo.ch/artikel/artikeldetail/bitcoin-karten-nur-fuer-spekulanten',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin-Karten: Nur für Spekulanten',
    blocks: [
      'Seit Anfang März gibt es Bitcoinanteile als Gutscheinkarte. Sie heisst «Cryptonow» und kostet zwischen 50 und 500 Franken.',
      'Wer die Karte kauft, verliert sofort Geld. Bei Manor zahlt man für eine «Cryptonow»-Karte für 100 Franken eine Gebühr von 1 Franken, dazu kommt eine Kommission von 6,9 Prozent. Von den 100 Franken werden also noch 92 Franken in Bitcoinanteile investiert.',
      'Um die Bitcoins an einer Kryptobörse wieder in Franken zu tauschen, fallen Gebühren von rund 17 Franken an. Für die 100 Franken bliebe also ein Gegenwert von 75 Franken. Am Värdex-Automaten läge er bei stabilem Bitcoin-Kurs bei rund 83 Franken.',
    ],
    expect: [
      o('50', 50, 'CHF'),
      o('500 Franken', 500, 'CHF'),
      o('100 Franken', 100, 'CHF'),
      o('1 Franken', 1, 'CHF'),
      o('100 Franken', 100, 'CHF'),
      o('92 Franken', 92, 'CHF'),
      o('17 Franken', 17, 'CHF'),
      o('100 Franken', 100, 'CHF'),
      o('75 Franken', 75, 'CHF'),
      o('83 Franken', 83, 'CHF'),
    ],
  },
  {
    url: 'https://saldo.ch/artikel/artikeldetail/bitcoin-co-nutzen-beschraenkt-risiko-hoch',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin & Co.: Nutzen beschränkt, Risiko hoch',
    blocks: [
      {
        heading: 'Was ist ein Bitcoin?',
        text: 'Vor sieben Jahren kostete ein Bitcoin 30 US-Cents, letzte Woche 10 000 Dollar.',
      },
      {
        heading: 'Gibt es noch anderes Kryptogeld?',
        text: 'Derzeit sind rund 1400 Kryptowährungen im Umlauf. Bitcoin ist mit einem Marktwert von 176 Milliarden US-Dollar die grösste, danach folgt Ether mit 43 Milliarden Dollar.',
      },
    ],
    expect: [
      p('30 US-Cents', 0.3),
      p('10 000 Dollar', 10000),
      o('176 Milliarden US-Dollar', 176e9),
      o('43 Milliarden Dollar', 43e9),
    ],
  },
];
