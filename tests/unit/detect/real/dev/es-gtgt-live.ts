import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gtgt.live/es/learn/glossary/ethbtc',
    lang: 'es',
    tags: ['label-value', 'format'],
    blocks: [
      'A 24 de diciembre de 2025 (fuente: datos de mercado), el precio de Bitcoin es 87 606,30 $; el suministro circulante es 19 966 153,00 BTC y el suministro máximo sigue en 21 000 000,00 BTC.',
      'La capitalización de mercado circulante es 1 749 166 746 792,30 $, igual que la totalmente diluida; la dominancia de mercado es del 55,14 %.',
      'El volumen de negociación en 24 horas es 973 559 422,34 $, reflejo de la actividad a corto plazo.',
    ],
    expect: [
      p('87 606,30 $', 87606.3),
      o('1 749 166 746 792,30 $', 1749166746792.3),
      o('973 559 422,34 $', 973559422.34),
    ],
  },
];
