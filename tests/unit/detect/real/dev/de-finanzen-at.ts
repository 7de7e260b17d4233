import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.finanzen.at/nachrichten/devisen/erreicht-der-bitcoin-bald-die-100-000-dollar-marke-ambitionierten-kursziele-von-experten-1033184726',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Erreicht der Bitcoin bald die 100.000-Dollar-Marke? Die ambitionierten Kursziele von Experten',
    blocks: [
      'Totgesagte leben länger: Schon oft wurde der Untergang des Bitcoin prophezeit. Doch das Blatt hat sich wieder gewendet. Vor kurzem überstieg die Ur-Kryptowährung die 73.000-Dollar-Marke und erreichte ein neues Allzeithoch. Danach setzten Gewinnmitnahmen ein. Bei einem derzeitigen Preis von 67.351 US-Dollar (Stand: 21. März 2024) liegt die größte Cyberdevise der Welt seit Jahresanfang mehr als 60 Prozent im Plus.',
      { text: 'Die sechsstelligen Kursziele der Experten', heading: 'Kursziele' },
      'Viele sehen den Bitcoin schon in einigen Monaten in sechsstelligen Gefilden. Standard Chartered geht davon aus, dass der Bitcoin bis Jahresende 100.000 US-Dollar erreichen wird. Fundstrat hat eine Zielspanne von 116.000 US-Dollar bis 137.000 US-Dollar ausgegeben, während der Hedgefonds SkyBridge für April 2025 sogar das Überspringen der 170.000-Dollar-Marke erwartet.',
    ],
    expect: [
      p('73.000-Dollar', 73000),
      p('67.351 US-Dollar', 67351),
      p('100.000 US-Dollar', 100000),
      p('116.000 US-Dollar', 116000),
      p('137.000 US-Dollar', 137000),
      p('170.000-Dollar', 170000),
    ],
  },
];
