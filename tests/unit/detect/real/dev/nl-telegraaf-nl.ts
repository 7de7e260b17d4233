import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.telegraaf.nl/dft/nieuws_dft/27726136/__Waarde_bitcoin_overstijgt_goudprijs__.html',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarde bitcoin overstijgt goudprijs',
    blocks: [
      'Vrijdagochtend was de bitcoin ongeveer 1275 dollar waard, terwijl een troy ounce goud (circa 31 gram) 1228 dollar kostte. Donderdag haalde de munt met 1293 dollar zijn hoogste waarde ooit.',
    ],
    expect: [p('1275 dollar', 1275), o('1228 dollar', 1228), p('1293 dollar', 1293)],
  },
];
