import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.haarlemsdagblad.nl/algemeen/technologie/article28917528.ece/Waarde-bitcoin-breekt-record',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarde bitcoin breekt record',
    blocks: [
      'Waarde bitcoin breekt record',
      'NEW YORK - De koers van de bitcoin is naar een recordhoogte gestegen. Eén bitcoin was woensdag 1140 dollar waard, meldt persbureau Bloomberg. Het oude record was 1137 dollar in november 2013.',
      'De bitcoin stijgt de laatste tijd snel. Een paar dagen geleden ging de virtuele munt door de grens van 1000 dollar. In augustus lag de koers onder de 500 dollar en ongeveer twee jaar geleden hoefden mensen minder dan 200 dollar te betalen voor een bitcoin.',
    ],
    expect: [
      p('1140 dollar', 1140),
      p('1137 dollar', 1137),
      p('1000 dollar', 1000),
      p('500 dollar', 500),
      p('200 dollar', 200),
    ],
  },
];
