import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cincodias.elpais.com/mercados-financieros/2024-03-05/el-bitcoin-toca-maximos-historicos-mas-de-dos-anos-despues-y-se-adentra-en-terreno-desconocido.html',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'El bitcoin toca máximos históricos más de dos años después y supera por primera vez los 69.000 dólares',
    blocks: [
      'El bitcoin toca máximos históricos más de dos años después y supera por primera vez los 69.000 dólares',
      'El valor de la principal criptomoneda se acerca al billón y medio de dólares, empujado por el auge de sus fondos cotizados en EE UU',
      'El bitcoin entró este martes en terreno nunca visto al rebasar los máximos de 69.000 dólares de noviembre de 2021. En estos dos años largos la criptomoneda ha sufrido una cadena de colapsos y quiebras —TerraLuna, Three Arrows Capital, Celsius, Voyager o FTX— que hundió su cotización a 16.000 dólares en noviembre de 2022, mínimos de dos años.',
      '“Cuando ha roto máximos otras veces, no suele frenarse ahí, sino que multiplica por dos o por tres el máximo anterior. No me gusta dar cifras, pero en este ciclo podríamos verlo en 150.000 o 160.000 dólares”, sostiene Raúl Marcos, consejero delegado de Carbono.com.',
    ],
    expect: [
      p('69.000 dólares', 69000),
      o('billón y medio de dólares', 1.5e12),
      p('69.000 dólares', 69000),
      p('16.000 dólares', 16000),
      p('150.000', 150000),
      p('160.000 dólares', 160000),
    ],
  },
];
