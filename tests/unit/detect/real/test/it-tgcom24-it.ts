import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.tgcom24.mediaset.it/economia/bitcoin-vola-a-nuovo-record-supera-i-14mila-dollari_3110811-201702a.shtml',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'Bitcoin vola a nuovo record, supera i 14mila dollari',
    blocks: [
      "La criptovaluta più famosa non si ferma: con l'ennesimo scatto il Bitcoin è balzato sopra i 14mila dollari, nuovo record storico. Appena il 29 novembre aveva passato i 10mila dollari, salendo poi oltre gli 11mila nella stessa giornata. Quota 12mila è caduta nella notte tra martedì 5 e mercoledì 6 dicembre.",
    ],
    expect: [p('14mila dollari', 14000), p('10mila dollari', 10000)],
  },
];
