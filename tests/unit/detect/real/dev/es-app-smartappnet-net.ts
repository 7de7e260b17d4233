import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.smartappnet.net/es/learn/articles/the-miners-mirage/14209',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'Hay señales de que esta vez podría ser distinto. Los ETF han tenido salidas netas de 1 mil millón de dólares tres días seguidos por primera vez desde su creación, las tasas de financiación de BTC se han dado la vuelta y el “buy-the-dip” se ha quedado en memes.',
    ],
    expect: [o('1 mil millón de dólares', 1e9)],
  },
];
