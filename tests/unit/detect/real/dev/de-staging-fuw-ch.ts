import { p, type RealCase } from '../labels';

// staging.fuw.ch (Finanz und Wirtschaft, Swiss German): "Ernüchterung"; Swiss apostrophe grouping with a
// trailing "$" ("20’000 $"), ungrouped "6000 $", and headline-style "Bitcoin 1000 $" levels.
const url = 'https://staging.fuw.ch/article/ernuechterung';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Ernüchterung',
    blocks: [
      'Ernüchterung',
      'Bitcoin-Anlegern ist die Partylaune vergangen. Der Kurs der Kryptowährung ist in den vergangenen Monaten von 20’000 $ auf knapp über 6000 $ gefallen. Wer spät eingestiegen ist, hat viel Geld verloren.',
      'Bitcoin 1000 $ ist derzeit wahrscheinlicher als Bitcoin 20’000 $. Die Blockchain dürfte sich durchsetzen, doch dass Bitcoin im Schlepptau weiter an Fahrt gewinnt, ist alles andere als sicher.',
    ],
    expect: [p('20’000 $', 20000), p('6000 $', 6000), p('1000 $', 1000), p('20’000 $', 20000)],
  },
];
