import { p, type RealCase } from '../labels';

const url = 'https://acheter-bitcoin.tech/lhistoire-prix-bitcoin/';
const title = 'L’histoire du prix du Bitcoin';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Le cours de la cryptodevise a connu des hauts et des bas',
      'Le 5 octobre 2009, le premier taux de change du BTC était fixé à 0,001 USD ou 0,000 71 €. À cette époque, on pouvait acheter une pizza avec 10 000 BTC. Entre 2010 et 2013, la valeur de la cryptomonnaie est passée de 0,06 € à 912 €. Fin 2013, elle se rapprochait des 1 000 $.',
    ],
    expect: [
      p('0,001 USD', 0.001),
      p('0,000 71 €', 0.00071, 'EUR'),
      p('0,06 €', 0.06, 'EUR'),
      p('912 €', 912, 'EUR'),
      p('1 000 $', 1000),
    ],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      "En 2014, le BTC a été considéré comme la pire monnaie de l'année après avoir perdu environ 56 % de sa valeur. Son cours est tombé sous la barre symbolique des 155 €.",
    ],
    expect: [p('155 €', 155, 'EUR')],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'La montagne russe du Bitcoin de 2016 à 2018',
      "Le prix du BTC a repris sa hausse en mars 2015, une tendance qui s'est prolongée jusqu'en 2017. Sa valeur passe alors de 590 € à 1 105 €.",
    ],
    expect: [p('590 €', 590, 'EUR'), p('1 105 €', 1105, 'EUR')],
  },
];
