import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.omroepbrabant.nl/nieuws/3381619/huizenverkoop-via-bitcoins-de-toekomst-de-nvm-betwijfelt-het',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Huizenverkoop via bitcoins de toekomst? De NVM betwijfelt het',
    blocks: [
      'Van de Laar Makelaardij in Sint-Oedenrode weet het zeker: dit is de toekomst! De verkoop van een huis volledig met bitcoins afronden. In Veghel gaat dat binnenkort gebeuren. Daar gaat een penthouse zoals het er nu naar uitziet voor 21 bitcoins - ongeveer een miljoen euro - van de hand, als eerste huis in Nederland.',
      {
        heading: "'Denk niet dat markt al zover is'",
        text: 'De NVM raadt de verkoop van huizen via bitcoins niet af, maar denkt niet dat de markt al zover is.',
      },
    ],
    expect: [o('een miljoen euro', 1e6, 'EUR')],
  },
];
