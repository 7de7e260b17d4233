import { o, type RealCase } from '../labels';

// APA item: stolen totals in words ("sieben Millionen Dollar") and a bare "82 Millionen" in the teaser (no currency).
export const cases: RealCase[] = [
  {
    url: 'https://derstandard.at/2000070513275/Millionen-Hack-Nordkorea-soll-Bitcoins-gestohlen-haben',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Millionen-Hack: Nordkorea soll Bitcoins gestohlen haben',
    blocks: [
      'Digitales Geld im Wert von mindestens sieben Millionen Dollar gestohlen – Inzwischen mehr als 82 Millionen wert',
      'London – Bei einem Hack an einer Börse für Kryptowährungen ist nach Angaben der BBC digitales Geld im Wert von mindestens sieben Millionen Dollar (sechs Millionen Euro) gestohlen worden. Ermittler vermuten, dass nordkoreanische Hacker dahinterstecken.',
      'Das entwendete digitale Geld sei inzwischen mehr als 82 Millionen Dollar wert, berichtet die BBC weiter. Ziel des Angriffs war Bithumb, ein Handelsplatz in Südkorea, an dem unter anderem Bitcoin und Ethereum gehandelt werden.',
    ],
    expect: [
      o('sieben Millionen Dollar', 7e6),
      o('sieben Millionen Dollar', 7e6),
      o('sechs Millionen Euro', 6e6, 'EUR'),
      o('82 Millionen Dollar', 82e6),
    ],
  },
];
