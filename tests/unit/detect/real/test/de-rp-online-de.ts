import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://rp-online.de/digitales/internet/wer-steht-hinter-dem-bitcoin-welche-struktur-steckt-dahinter_aid-117060063',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Wer steht hinter dem Bitcoin? Welche Struktur steckt dahinter?',
    blocks: [
      'Seit dem 28. Februar 2024 ist der Bitcoin dauerhaft mehr als eine Billion Euro wert. Diese Zahl ergibt sich, wenn man den aktuellen Börsenkurs (knapp 62.000 Euro) mit der Zahl der existierenden Bitcoin-Einheiten multipliziert.',
    ],
    expect: [o('eine Billion Euro', 1e12, 'EUR'), p('62.000 Euro', 62000, 'EUR')],
  },
];
