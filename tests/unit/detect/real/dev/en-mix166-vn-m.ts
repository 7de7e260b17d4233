import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mix166.vn/Estimated-Electricity-Cost-Of-Mining-One-Bitcoin-By-Country--Power-Compare-1681274475',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Estimated Electricity Cost Of Mining One Bitcoin By Country – Power Compare',
    blocks: [
      'Estimated Electricity Cost Of Mining One Bitcoin By Country – Power Compare',
      'Even with the power needed to mine Bitcoins rising and a steep drop in the price ($11,455 at the time of writing), mining still pays handsomely in some cheap-electricity countries.',
      'The 5 cheapest countries are: Kuwait ($1,415), Venezuela ($1,630), Myanmar ($3,087), Bahrain ($3,628) and China ($3,645).',
      'The 5 priciest countries/territories are: Solomon Islands ($80,189), Belarus ($71,698), South Korea ($53,173), Vanuatu ($51,458), and the US Virgin Islands ($43,225).',
      '39 countries have estimated electricity mining costs under the current price of one Bitcoin ($11,455)',
      '80 countries come in under Bitcoins’s all-time high ($19,498.63)',
    ],
    expect: [
      p('$11,455', 11455),
      c('$1,415', 1415),
      c('$1,630', 1630),
      c('$3,087', 3087),
      c('$3,628', 3628),
      c('$3,645', 3645),
      c('$80,189', 80189),
      c('$71,698', 71698),
      c('$53,173', 53173),
      c('$51,458', 51458),
      c('$43,225', 43225),
      p('$11,455', 11455),
      p('$19,498.63', 19498.63),
    ],
  },
];
