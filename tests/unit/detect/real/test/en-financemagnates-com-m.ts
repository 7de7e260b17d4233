import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://financemagnates.com/cryptocurrency/news/infographic-much-cost-mine-one-bitcoin-country/amp',
    lang: 'en',
    tags: ['cost', 'prose', 'format', 'anaphora'],
    title: 'Infographic: How Much Does It Cost to Mine One Bitcoin in Your Country?',
    blocks: [
      'Infographic: How Much Does It Cost to Mine One Bitcoin in Your Country?',
      'With Bitcoin currently priced at 11,332 USD (per coinmarketcap.com), mining would technically still turn a profit in most of the countries studied. In practice, the cost and know-how needed to set up the equipment rule it out for most people.',
      'Venezuela, where the government heavily subsidises power, is currently the cheapest place in the world to mine - it would cost you just 531 USD per bitcoin.',
      'South Korea is the priciest: there it costs a staggering 26,170 USD to mine one bitcoin.',
    ],
    expect: [p('11,332 USD', 11332), c('531 USD', 531), c('26,170 USD', 26170)],
  },
];
