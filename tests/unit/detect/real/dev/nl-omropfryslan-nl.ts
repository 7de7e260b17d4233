import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.omropfryslan.nl/nieuws/772853-het-nooit-te-laat-om-met-bitcoins-te-beginnen',
    lang: 'nl',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Het is nooit te laat om met bitcoins te beginnen',
    blocks: [
      "Heb jij ook bitcoins? Bitcoin is elektronisch geld. De koers van deze digitale munt staat op recordhoogte. Een bitcoin is bijna 10 duizend dollar waard. En dan te bedenken dat je begin van dit jaar voor dezelfde munt nog 'maar' duizend dollar kon krijgen. Ook 'gewone' Friezen hebben bitcoins of delen daarvan. Je kunt zelfs voor bijvoorbeeld 50 euro al een stukje kopen.",
      'Twijnstra heeft zelf vijf jaar geleden twee bitcoins gekocht. Ze kosten toen 250 euro. De waarde is nu flink gestegen, maar ook hij denkt nog niet over verkopen.',
    ],
    expect: [
      p('10 duizend dollar', 10000),
      p('duizend dollar', 1000),
      o('50 euro', 50, 'EUR'),
      o('250 euro', 250, 'EUR'),
    ],
  },
];
