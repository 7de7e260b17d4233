import { o, p, type RealCase } from '../labels';

// Personal German blog post: bought a little Bitcoin in 2013 at about 800 Euro, sold near 12000 Euro "pro Bitcoin";
// the rest are small euro sums (the part of the stake, a kitchen table, groceries) that are not coin prices.
export const cases: RealCase[] = [
  {
    url: 'https://bullenscheisse.de/2017-12-09-bitcoin-tisch',
    lang: 'de',
    tags: ['forum', 'anaphora', 'format'],
    blocks: [
      '2013 konnte man einen Bitcoin für ungefähr 800 Euro kaufen. Damals gab es den ersten Hype, und auf dessen Höhepunkt habe ich ein bisschen Geld investiert. Schlimmstenfalls wäre es weg, dachte ich, das hätte ich verkraftet.',
      'Ein paar Tage schaute ich regelmäßig auf den Kurs, dann wurde es langweilig, und irgendwann hatte ich die Investition vergessen. Dieses Jahr kannten die Kurse nur eine Richtung. Vor ein paar Tagen habe ich bei einem Kurs von fast 12000 Euro pro Bitcoin verkauft.',
      'Einen Teil des Erlöses (2013 waren es ungefähr 6,50 Euro, dazu vier Jahre Zeit und Angebot und Nachfrage) habe ich in einen Küchentisch und ein paar Küchenutensilien gesteckt. Man könnte also sagen: Der neue Tisch hat mich etwas mehr als zwei Euro gekostet.',
      'Im Späti habe ich es dann krachen lassen: Pomelo, Spezi, Apfelsaft, Nudeln und Pesto aus dem Glas haben mich 16 Euro gekostet.',
      'Vor fast drei Jahren habe ich in der Schweiz 3,93 Euro verdient, weil die Nationalbank den Franken vom Euro gelöst hat.',
    ],
    expect: [
      p('800 Euro', 800, 'EUR'),
      p('12000 Euro', 12000, 'EUR'),
      o('6,50 Euro', 6.5, 'EUR'),
      o('zwei Euro', 2, 'EUR'),
      o('16 Euro', 16, 'EUR'),
      o('3,93 Euro', 3.93, 'EUR'),
    ],
  },
];
