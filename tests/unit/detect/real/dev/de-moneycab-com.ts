import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.moneycab.com/finanz/bitcoin-setzt-rekordjagd-fort-kurs-ueberspringt-118-000-dollar-marke/',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin setzt Rekordjagd fort – Kurs überspringt 118’000-Dollar-Marke',
    blocks: [
      'New York – Der Bitcoin hat seine Rekordjagd am Freitag im Eiltempo fortgesetzt. Die wichtigste Kryptowährung übersprang am Vormittag erstmals die Marke von 118’000 Dollar, nachdem sie am Donnerstag noch um 111’000 Dollar gelegen hatte. In Schweizer Franken ist das Rekordhoch allerdings noch nicht ganz erreicht.',
      'Den neuen Höchststand markierte er am Freitagvormittag bei 118’700 Dollar. Bis Mittag ging es dann wieder auf rund 117’700 Dollar zurück. Ins Jahr gestartet war er mit Kursen um 100’000 Dollar.',
      'Zur Rallye trägt auch die anhaltende Schwäche des Dollars bei, heisst es am Markt. In Schweizer Währung gemessen notiert der Bitcoin-Kurs am Freitag mit rund 94’500 Franken noch unter dem bisherigen Hoch, das im Januar 2025 mit Notierungen von mehr als 96’000 Franken erreicht worden war.',
    ],
    expect: [
      p('118’000 Dollar', 118000),
      p('111’000 Dollar', 111000),
      p('118’700 Dollar', 118700),
      p('117’700 Dollar', 117700),
      p('100’000 Dollar', 100000),
      p('94’500 Franken', 94500, 'CHF'),
      p('96’000 Franken', 96000, 'CHF'),
    ],
  },
];
