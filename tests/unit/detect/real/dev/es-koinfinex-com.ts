import { p, type RealCase } from '../labels';

// koinfinex.com/es: "las cinco predicciones más locas" for 2025; a price in words ("medio millón de
// dólares por cada BTC") and a dot-grouped "500.000 dólares" target a few sentences later.
const url =
  'https://koinfinex.com/es/blog/las-cinco-predicciones-mas-locas-sobre-el-precio-de-bitcoin-para-2025-se-hara-realidad-al-menos-una-de-ellas/index.html';

export const cases: RealCase[] = [
  {
    url,
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Las cinco predicciones más locas sobre el precio de Bitcoin para 2025',
    blocks: [
      'Algunas de estas predicciones han llegado a niveles disparatados, ya que prometen un mínimo de medio millón de dólares por cada BTC.',
      'Mike Novogratz, director ejecutivo de Galaxy Digital, cree que en 2025, o quizá algo más tarde, Bitcoin podría alcanzar los 500.000 dólares por su oferta limitada a 21 millones de monedas.',
    ],
    expect: [p('medio millón de dólares', 500000), p('500.000 dólares', 500000)],
  },
];
