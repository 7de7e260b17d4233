import { p, type RealCase } from '../labels';

// inside-digital.de (Jan 2021): "Bitcoin: jetzt noch einsteigen?"; euro levels in a personal anecdote,
// incl. a bare range start "über 8.000 auf 4.500 Euro" and "1 BTC noch keine 1.000 Euro wert".
const url =
  'https://www.inside-digital.de/ratgeber/bitcoin-jetzt-noch-einsteigen-oder-ist-es-schon-zu-spaet-das-sind-die-prognosen';
const title = 'Bitcoin: Jetzt noch einsteigen oder ist es schon zu spät? Das sind die Prognosen';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Anfang Januar erreichte der Bitcoin sein bisheriges Allzeithoch bei weit über 33.000 Euro. Schon da fragten sich viele: Soll ich jetzt noch auf die Bitcoin-Rakete springen? Inzwischen ist der Preis für 1 BTC auf rund 25.000 Euro zurückgekommen.',
    ],
    expect: [p('33.000 Euro', 33000, 'EUR'), p('25.000 Euro', 25000, 'EUR')],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'Ich erinnere mich an ein Gespräch mit einem Bekannten im vergangenen Sommer. Wir sprachen darüber, wie der Bitcoin im März 2020 binnen weniger Tage von über 8.000 auf 4.500 Euro fiel. Nur einen Monat später stand er aber wieder bei über 9.000 Euro.',
      'Er meinte, es sei schon zu spät. Man hätte vor ein paar Jahren kaufen sollen, als 1 BTC noch keine 1.000 Euro wert war; jetzt stehe der Bitcoin schon bei 10.000 Euro. Fünf Monate später erreichte die Kryptowährung ihr Allzeithoch bei über 33.000 Euro.',
    ],
    expect: [
      p('8.000', 8000, 'EUR'),
      p('4.500 Euro', 4500, 'EUR'),
      p('9.000 Euro', 9000, 'EUR'),
      p('1.000 Euro', 1000, 'EUR'),
      p('10.000 Euro', 10000, 'EUR'),
      p('33.000 Euro', 33000, 'EUR'),
    ],
  },
];
