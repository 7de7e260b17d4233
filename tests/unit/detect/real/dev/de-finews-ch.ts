import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.finews.ch/news/banken/28162-bitcoin-falcon-swissquote-vontobel-kryptowaehrung-fintech-blockchain',
    lang: 'de-CH',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Falcon und Swissquote springen auf den Bitcoin-Zug auf',
    blocks: [
      "Der Bitcoin hat seit seiner Lancierung Anfang 2009 eine sagenhafte Karriere hingelegt. Seit 2013 verteuerte sich die Digitalwährung, begleitet von starken Ausschlägen, um über 1'600 Prozent. Derzeit kostet eine Einheit rund 2'350 Dollar – zwischenzeitlich erreichte sie fast 3'000 Dollar.",
    ],
    expect: [p("2'350 Dollar", 2350), p("3'000 Dollar", 3000)],
  },
];
