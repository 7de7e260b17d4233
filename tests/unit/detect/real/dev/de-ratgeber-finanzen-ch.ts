import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ratgeber.finanzen.ch/bitcoin-halving',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin-Halving',
    blocks: [
      {
        text: 'EFFEKTE DER BITCOIN HALBIERUNG AUF DEN BITCOIN-KURS',
        heading: 'EFFEKTE DER BITCOIN HALBIERUNG AUF DEN BITCOIN-KURS',
      },
      {
        text: 'Das erste Bitcoin-Halving fand am 28. November 2012 statt, bei dem die Belohnung für Miner von 50 BTC auf 25 BTC reduziert wurde. Zum Zeitpunkt des Halvings lag der Bitcoin-Preis bei etwa 12,35 Dollar. Innerhalb von 150 Tagen nach dem Halving stieg der Preis auf 127 Dollar und erreichte vor dem nächsten Halving im Dezember 2013 einen Höchststand von rund 1038 Dollar.',
        heading: 'EFFEKTE DER BITCOIN HALBIERUNG AUF DEN BITCOIN-KURS',
      },
      {
        text: 'Das zweite Halving fand am 9. Juli 2016 statt, wobei die Belohnung von 25 BTC auf 12,5 BTC gesenkt wurde. Zum Zeitpunkt des Halvings lag der Bitcoin-Preis bei 650,63 US-Dollar. Der Höchststand in diesem Zeitraum wurde am 17. Dezember 2017 mit einem Preis von rund 19.700 Dollar erreicht.',
        heading: 'EFFEKTE DER BITCOIN HALBIERUNG AUF DEN BITCOIN-KURS',
      },
      {
        text: 'Zum Zeitpunkt des letzten Halvings am 11. Mai 2020 stieg der Bitcoin-Preis langfristig wieder an und erreichte am 10. November 2021 ein Allzeithoch von 69.420 Dollar.',
        heading: 'EFFEKTE DER BITCOIN HALBIERUNG AUF DEN BITCOIN-KURS',
      },
    ],
    expect: [
      p('12,35 Dollar', 12.35),
      p('127 Dollar', 127),
      p('1038 Dollar', 1038),
      p('650,63 US-Dollar', 650.63),
      p('19.700 Dollar', 19700),
      p('69.420 Dollar', 69420),
    ],
  },
];
