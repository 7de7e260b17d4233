import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hardwareluxx.de/index.php/artikel/hardware/komplettsysteme/30909-spondoolies-tech-sp10-bitcoin-miner-im-test.html?start=3',
    lang: 'de',
    tags: ['prose'],
    title: 'Spondoolies-Tech SP10 Bitcoin-Miner im Test',
    blocks: [
      'Ein häufiger Fehler ist es, mit Wechselkurssteigerungen zu rechnen und sich die Investition schönzurechnen. Möchte man jetzt beispielsweise 1000 Euro investieren, kann man davon entweder bitcoins oder Mining-Hardware kaufen. Kauft man davon drei bitcoins, hat man diese auch in einem halben Jahr noch.',
    ],
    expect: [o('1000 Euro', 1000, 'EUR')],
  },
];
