import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchainticker.de/bitcoin-mining-kosten-steigen',
    lang: 'de',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin-Mining-Kosten steigen',
    blocks: [
      'Ein weiterer wesentlicher Faktor, der die Produktionskosten beeinflusst, sind die Energiepreise. Bitcoin-Mining ist ein energieintensiver Prozess, und die Stromversorgung macht einen großen Teil der Gesamtkosten aus. Ein Beispiel ist der Antminer S21+, bei dem die Stromkosten bei etwa $186,05 pro Monat liegen, wenn man von einem Strompreis von $0,068 pro kWh ausgeht.',
      'Während die Median-Kosten für das Mining eines einzelnen Bitcoins im vierten Quartal 2024 noch bei etwa $52.000 lagen, stiegen diese Kosten im ersten Quartal 2025 um 23% und haben sich in Q2 2025 erneut erhöht.',
    ],
    expect: [o('$186,05', 186.05), o('$0,068', 0.068), c('$52.000', 52000)],
  },
];
