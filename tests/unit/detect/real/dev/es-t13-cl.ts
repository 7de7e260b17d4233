import { o, p, type RealCase } from '../labels';

// t13.cl (Chile, BBC Mundo copy, 2017): buying guide; an investment "US$10.000" grown to
// "US$1.100 millones" (totals), then the week's record "US$11.500" in a sentence that does not name bitcoin.
const url =
  'https://t13.cl/amp/noticia/negocios/bbc/como-y-donde-comprar-bitcoins-guia-basica-para-invertir-en-el-oro-digital-de-forma-segura';

export const cases: RealCase[] = [
  {
    url,
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cómo y dónde comprar bitcoins: guía básica para invertir en el "oro digital" de forma segura',
    blocks: [
      'El bitcoin es mucho más que una moneda virtual; es la criptomoneda que más ha crecido en el mundo, con una revalorización del 1.200% en solo un año.',
      'Una inversión de US$10.000 en bitcoins hace siete años vale hoy hasta US$1.100 millones.',
      'Pero esta semana hizo historia: alcanzó los US$11.500.',
    ],
    expect: [o('US$10.000', 10000), o('US$1.100 millones', 1.1e9), p('US$11.500', 11500)],
  },
];
