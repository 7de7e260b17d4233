import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fuw.ch/article/bitcoin-zeitweise-wertvoller-als-schweizer-franken/',
    lang: 'de',
    tags: ['prose', 'widget', 'format', 'anaphora'],
    title: 'Bitcoin zeitweise wertvoller als Schweizer Franken',
    blocks: [
      "(AWP) Dank dem jüngsten Sprung auf neue Allzeithochs ist der Wert des Bitcoins zeitweise über jenen des Frankens gestiegen. Am Freitagmittag fiel der Bitcoin (Bitcoin 60'875.00 -2.43%) laut den einschlägigen Plattformen aber wieder hinter den Franken zurück.",
      'Mitte Woche hatte der Bitcoin ein neues Allzeithoch bei etwas über 66’000 $ markiert. Am Freitagnachmittag notierte die Digitalwährung wieder bei rund 63’660 $, die Marktkapitalisierung lag damit noch bei rund 1,20 Billionen $. Auch der Elektroautobauer Tesla (TSLA 906.74 +1.43%) hält Bitcoin.',
    ],
    expect: [p('66’000 $', 66000), p('63’660 $', 63660), o('1,20 Billionen $', 1.2e12)],
  },
  {
    url: 'https://www.fuw.ch/article/der-derivatus-22oktober2021/',
    lang: 'de',
    tags: ['format'],
    title: 'Der Derivatus',
    blocks: [
      'Der neue Bitcoin-ETF erhält viel Aufmerksamkeit. Am ersten Handelstag in New York wurde er rege gehandelt und kam auf einen Umsatz von 1 Mrd. $. Am Dienstagabend lag das investierte Kapital bei 570 Mio. $.',
    ],
    expect: [o('1 Mrd. $', 1e9), o('570 Mio. $', 570e6)],
  },
];
