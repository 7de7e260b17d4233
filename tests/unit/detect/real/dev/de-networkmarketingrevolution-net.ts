import { p, type RealCase } from '../labels';

// German blog post on Reddit losing interest in the Bitcoin price: a "von unter ... auf etwa ..." range in Dollar.
export const cases: RealCase[] = [
  {
    url: 'https://networkmarketingrevolution.net/allgemein/reddit-interessiert-sich-nicht-mehr-um-den-preis-von-bitcoin-und-das-ist-schlecht/',
    lang: 'de',
    tags: ['forum', 'prose'],
    title: 'Reddit interessiert sich nicht mehr um den Preis von Bitcoin und das ist schlecht',
    blocks: [
      '2014, auf einer Bitcoin-Konferenz in Dublin, wurde das r/bitcoin-Forum von Reddit auf der Bühne und noch öfter im Publikum erwähnt.',
      'Das war drei Jahre vor dem Bull Run 2017, bei dem der Bitcoin-Preis von unter 1.000 Dollar im Januar auf etwa 20.000 Dollar im Dezember stieg.',
      'Reddit war einst sehr wichtig für Bitcoin und die Krypto-Gemeinschaft, doch das scheint vorbei zu sein.',
    ],
    expect: [p('1.000 Dollar', 1000), p('20.000 Dollar', 20000)],
  },
];
