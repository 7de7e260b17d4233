import { p, type RealCase } from '../labels';

// Italian TV-news site (2017): record levels glued to "mila" ("14mila dollari", "10mila dollari");
// the following "oltre gli 11mila" and "Quota 12mila" drop the currency (dollars from context).
export const cases: RealCase[] = [
  {
    url: 'http://www.tgcom24.mediaset.it/economia/bitcoin-vola-a-nuovo-record-supera-i-14mila-dollari_3110811-201702a.shtml',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin vola a nuovo record, supera i 14mila dollari',
    blocks: [
      "Non si ferma la corsa del Bitcoin, che con l'ennesima volata è schizzato sopra i 14mila dollari, segnando un nuovo record storico.",
      'Solo il 29 novembre aveva superato i 10mila dollari, per poi salire oltre gli 11mila nello stesso giorno. Quota 12mila è stata superata nella notte tra martedì e mercoledì.',
    ],
    expect: [p('14mila dollari', 14000), p('10mila dollari', 10000), p('11mila', 11000), p('12mila', 12000)],
  },
];
