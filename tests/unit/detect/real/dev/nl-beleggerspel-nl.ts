import { o, type RealCase } from '../labels';

const url = 'https://www.beleggerspel.nl/kenniscentrum/belasting-crypto-nederland/';
const title = 'Belasting op crypto in Nederland';

export const cases: RealCase[] = [
  {
    url,
    lang: 'nl',
    tags: ['prose'],
    title,
    blocks: [
      'Valt cryptocurrency onder Box 3?',
      'Ja. Je betaalt geen belasting over je winst of verlies bij verkoop, maar over de waarde van je crypto op peildatum 1 januari. Het maakt dus niet uit of je voor €10.000 Bitcoin koopt en het later verkoopt voor €15.000.',
    ],
    expect: [o('€10.000', 10000, 'EUR'), o('€15.000', 15000, 'EUR')],
  },
  {
    url,
    lang: 'nl',
    tags: ['label-value'],
    title,
    blocks: [
      'Hoe werkt Box 3 voor crypto in 2025?',
      'Heffingsvrij vermogen: de eerste €57.000 (alleenstaand) of €114.000 (fiscaal partners) is vrijgesteld',
      'Tarief: 32% over het rendement boven de vrijstelling',
    ],
    expect: [o('€57.000', 57000, 'EUR'), o('€114.000', 114000, 'EUR')],
  },
];
