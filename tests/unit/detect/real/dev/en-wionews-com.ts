import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.wionews.com/world/why-bitcoin-mining-costlier-in-europe-us-1756812794529',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Why bitcoin mining is costlier in Europe and the US',
    blocks: [
      'Iran is one of the cheapest places to mine a Bitcoin, at around $1,320 per coin; in the United States, mining one Bitcoin costs $102,260. Still, that is far from the priciest place, which is Italy at $306,000.',
      'In countries such as Iran, Ethiopia ($1,990), Sudan ($3,970), Cuba ($3,970) and Libya ($5,290), energy is comparatively cheap thanks to subsidies and underdeveloped power markets. In Iran electricity costs 0.004 USD/kWh against 17.47 cents/kWh in the USA.',
      'Rich economies in Europe, the USA and Australia are not profitable. Italy is the most expensive at $306,550 per coin, with Austria ($277,000), the Bahamas ($280,000) and Switzerland ($236,000) also in the loss-making zone. In the United States the average cost of mining one BTC is roughly $102,260.',
    ],
    expect: [
      c('$1,320', 1320),
      c('$102,260', 102260),
      c('$306,000', 306000),
      c('$1,990', 1990),
      c('$3,970', 3970),
      c('$3,970', 3970),
      c('$5,290', 5290),
      o('0.004 USD', 0.004),
      o('17.47 cents', 0.1747),
      c('$306,550', 306550),
      c('$277,000', 277000),
      c('$280,000', 280000),
      c('$236,000', 236000),
      c('$102,260', 102260),
    ],
  },
];
