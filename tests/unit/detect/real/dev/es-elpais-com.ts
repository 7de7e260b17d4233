import { o, p, type RealCase } from '../labels';

// elpais.com (Dec 2017): "cómo y dónde comprar bitcoin"; a ranked list of coins by market cap
// ("con 300.000 millones de dólares", totals) where the Bitcoin item also gives three per-unit levels.
const url = 'https://elpais.com/elpais/2017/12/15/buenavida/1513361680_489462.html';

export const cases: RealCase[] = [
  {
    url,
    lang: 'es',
    tags: ['label-value', 'prose'],
    title: 'Manual de conversación: cómo y dónde comprar bitcoin (y otras criptomonedas)',
    blocks: [
      'Estas son las cinco principales del mercado clasificadas por capitalización (es decir, el valor total de las monedas en circulación):',
      'Bitcoin, con 300.000 millones de dólares. Es la más conocida con diferencia. Valía 1.000 dólares por unidad a principios de año (en septiembre, tras una caída, llegó a bajar de los 3.000 dólares), y vale ya unos 17.800 dólares. Nació en 2009.',
      'Ethereum, con 67.000 millones de dólares (hay 96 millones de monedas en el mercado).',
    ],
    expect: [
      o('300.000 millones de dólares', 300e9),
      p('1.000 dólares', 1000),
      p('3.000 dólares', 3000),
      p('17.800 dólares', 17800),
      o('67.000 millones de dólares', 67e9),
    ],
  },
];
