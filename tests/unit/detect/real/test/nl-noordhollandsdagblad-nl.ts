import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.noordhollandsdagblad.nl/algemeen/technologie/article29044448.ece/Waarde-bitcoin-overstijgt-goudprijs',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarde bitcoin overstijgt goudprijs',
    blocks: [
      'Waarde bitcoin overstijgt goudprijs',
      'NEW YORK - Door de enorme populariteit is de virtuele munt bitcoin de afgelopen dagen voor het eerst duurder geworden dan goud.',
      'Vrijdagochtend was de bitcoin ongeveer 1275 dollar waard, tegen 1228 dollar voor een troy ounce goud (circa 31 gram). Donderdag bereikte hij met 1293 dollar zijn hoogste waarde ooit.',
    ],
    expect: [p('1275 dollar', 1275), o('1228 dollar', 1228), p('1293 dollar', 1293)],
  },
];
