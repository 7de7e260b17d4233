import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fd.nl/weekend/1407724/president-dringt-el-salvador-bitcoin-wereldprimeur-op',
    lang: 'nl',
    tags: ['prose'],
    title: 'President dringt El Salvador bitcoin-wereldprimeur op',
    blocks: [
      'Crypto',
      'President dringt El Salvador bitcoin-wereldprimeur op',
      "Op 7 september aanvaardt El Salvador als eerste land de bitcoin als wettig betaalmiddel, zelfs voor belastingen. President Bukele belooft zijn volk gouden bergen, het IMF vreest macro-economische instabiliteit. Een Salvadoraans surfdorp experimenteert al sinds 2019 met de cryptomunt, met wisselende reacties. 'Ik ben $400 aan spaargeld kwijtgeraakt.'",
    ],
    expect: [o('$400', 400)],
  },
];
