import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://seniorenhoeilaart.be/2022/03/24/de-bitcoin/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'De bitcoin',
    blocks: [
      'Maar als iets waarde heeft dan ontstaat er meestal ook een markt voor. Je hoeft dus zoals hierboven aangegeven, niet zelf die berekening te doen, maar je kan bitcoins kopen en verkopen op de markt van bitcoins. Daar betaal je momenteel ongeveer 41.000 EURO voor een bitcoin. En zoals overal op een markt is de prijs het resultaat van vraag en aanbod.',
    ],
    expect: [p('41.000 EURO', 41000, 'EUR')],
  },
];
