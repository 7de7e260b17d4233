import { o, p, type RealCase } from '../labels';

// crypto-investir.fr: a French coin page with a dated price-history list in euros (space grouping,
// sub-cent 2009 price), then a prose recap with a bare-ish "6400 euros" level and a 100-euro stake.
const url = 'https://www.crypto-investir.fr/bitcoin/';
const title = 'Le Bitcoin (BTC)';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['label-value', 'format'],
    title,
    blocks: [
      { text: 'Le cours du Bitcoin (BTC)', heading: 'Le Bitcoin (BTC)' },
      "L'évolution du cours du Bitcoin est spectaculaire : quasi nul en 2009, le BTC a frôlé les 17 000 euros fin 2017.",
      "Voici l'évolution de la valeur du Bitcoin depuis 2009 :",
      'En octobre 2009, on pouvait acheter 1 BTC pour 0,00071 €',
      'En juin 2011 le Bitcoin se négociait à 28 €',
      'En décembre 2013 le BTC atteignait 912 €',
      'En décembre 2017 le BTC culminait à 16 964 €.',
    ],
    expect: [
      p('17 000 euros', 17000, 'EUR'),
      p('0,00071 €', 0.00071, 'EUR'),
      p('28 €', 28, 'EUR'),
      p('912 €', 912, 'EUR'),
      p('16 964 €', 16964, 'EUR'),
    ],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      "Qui aurait placé 100 euros dans cette technologie en 2009-2010 serait aujourd'hui millionnaire. Mais depuis début 2018 le cours du BTC a plongé et tourne désormais autour de 6400 euros (mai 2018).",
    ],
    expect: [o('100 euros', 100, 'EUR'), p('6400 euros', 6400, 'EUR')],
  },
];
