import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://m.bxjddjt.com/es/learn/glossary/what-is-the-price-of-btc',
    lang: 'es',
    tags: ['label-value', 'format'],
    blocks: [
      'A 9 de enero de 2026 (fuente: datos de entrada), el último precio de Bitcoin ronda los 90 939,60 $. Su capitalización de mercado asciende a 1 816 373 006 640 $, calculada como “precio × suministro en circulación”.',
      'El volumen de negociación en 24 horas es de aproximadamente 932 481 337,87 $ (indicador de actividad diaria). Variaciones a corto plazo: 1 hora -0,20 %, 24 horas +0,50 %.',
    ],
    expect: [
      p('90 939,60 $', 90939.6),
      o('1 816 373 006 640 $', 1816373006640),
      o('932 481 337,87 $', 932481337.87),
    ],
  },
];
