import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://finanzmag.com/crypto_ddna-2021-12-26-18/',
    lang: 'de',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin-Kurs stabil, Ether legt zu',
    blocks: [
      '(ddna) Die wichtigste Kryptowährung Bitcoin notierte zuletzt bei einem Kurs von 50.158,84 Dollar (Kurs: 21:00 Uhr MEZ). Verglichen mit gestern hat sich der Kurs kaum verändert (< 0,25 Prozent). Die Rekordmarke von 68.692,14 Dollar hatte der Bitcoin am 10. November erreicht, bis heute ein Verlust von 22.78 Prozent.',
      {
        text: 'Im Fokus: Die Kryptowährung Ethereum – aktueller Kurs bei 4.063,78 Dollar.',
        heading: 'Ethereum',
      },
      'Ein Ether wird aktuell mit 4.063,78 Dollar gehandelt und liegt damit auf stabilem Trend (Gestern: 4.112,82 Dollar, vor einem Jahr: 635,72 Dollar).',
      'Bitcoin liegt mit einem Handelsvolumen von 20 Milliarden Dollar vorn. Münzen im Wert von 11 Milliarden Dollar, die in den vergangenen 24 Stunden den Besitzer gewechselt haben, heben Ethereum auf Platz zwei. Drittplatziert ist XRP mit einem Handelsvolumen von 1 Milliarde Dollar, gefolgt von Litecoin mit 1 Milliarde Dollar.',
    ],
    expect: [
      p('50.158,84 Dollar', 50158.84),
      p('68.692,14 Dollar', 68692.14),
      o('4.063,78 Dollar', 4063.78),
      o('4.063,78 Dollar', 4063.78),
      o('4.112,82 Dollar', 4112.82),
      o('635,72 Dollar', 635.72),
      o('20 Milliarden Dollar', 20e9),
      o('11 Milliarden Dollar', 11e9),
      o('1 Milliarde Dollar', 1e9),
      o('1 Milliarde Dollar', 1e9),
    ],
  },
];
