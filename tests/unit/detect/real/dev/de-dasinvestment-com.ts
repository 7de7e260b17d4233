import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dasinvestment.com/nach-marktkapitalisierung-bitcoin-hat-weiterhin-die-nase-vorn/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Nach Marktkapitalisierung: Bitcoin hat weiterhin die Nase vorn',
    blocks: [
      'Bitcoin, die Mutter aller Kryptowährungen, liegt weiter klar vorn: Mit derzeit mehr als 78 Milliarden Euro Marktkapitalisierung sind alle umlaufenden Bitcoin über fünfmal so viel wert wie sämtliche Einheiten der Nummer zwei, Ethereum.',
      'Im Fieber des Jahres 2017 trieben Krypto-Käufer die Währung von rund 860 Euro auf fast 17.000 Euro pro Einheit, bevor zum Jahresende ein heftiger Crash folgte. Inzwischen ist die Euphorie verflogen, der Bitcoin-Kurs steht aktuell bei 4.881 Euro.',
    ],
    expect: [
      o('78 Milliarden Euro', 78e9, 'EUR'),
      p('860 Euro', 860, 'EUR'),
      p('17.000 Euro', 17000, 'EUR'),
      p('4.881 Euro', 4881, 'EUR'),
    ],
  },
];
