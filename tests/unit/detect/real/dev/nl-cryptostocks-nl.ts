import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptostocks.nl/tesla-verkocht-bitcoin/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Tesla verkocht bitcoin',
    blocks: [
      'In maart 2021 verklaarde Elon Musk nog dat Tesla geen enkele Bitcoin had verkocht. Vanmorgen kwam Tesla in het nieuws omdat 10% van de Bitcoin-voorraad was verkocht. Musk wilde daarmee laten zien dat een snelle, gedeeltelijke verkoop van zijn BTC de cryptomarkt niet zou verstoren. De koers van de Bitcoin veert meteen 11% op in 24 uur en gaat door de 40.000 dollar grens. De koers staat vanmorgen op 32.700 euro maar valt weer iets terug. Ethereum steeg met ruim 6%.',
      {
        heading: 'Koers verder omhoog?',
        text: 'El Salvador maakte deze maand van de Bitcoin een wettig betaalmiddel, wat ook bijdroeg aan het herstel van de koers.',
      },
    ],
    expect: [p('40.000 dollar', 40000), p('32.700 euro', 32700, 'EUR')],
  },
];
