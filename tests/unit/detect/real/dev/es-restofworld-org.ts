import { o, type RealCase } from '../labels';

// Rest of World (es): home Bitcoin miners in Villarrica, Paraguay; the only amount is the special power
// price per megawatt-hour offered to miners (o).
export const cases: RealCase[] = [
  {
    url: 'https://restofworld.org/2022/paraguay-represa-bitcoin/',
    lang: 'es',
    tags: ['cost', 'prose'],
    blocks: [
      'Cuando ANDE subió los precios de la energía en todo el país, CLYFSA ganó la disputa en un tribunal local. Por eso aún compra electricidad a ANDE a una tarifa antigua, que le permite ofrecer un “precio especial”, desde $16 dólares por megavatios-hora, a los mineros de Bitcoin locales.',
    ],
    expect: [o('$16 dólares', 16)],
  },
];
