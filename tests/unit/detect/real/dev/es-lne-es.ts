import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lne.es/economia/2022/05/14/montana-rusa-criptomonedas-vilo-miles-66082012.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'La montaña rusa de las criptomonedas que tiene en vilo a miles de asturianos',
    blocks: [
      'La montaña rusa de las criptomonedas que tiene en vilo a miles de asturianos',
      'Según Hacienda, unos siete millones de españoles tienen criptomonedas y, en ese mercado, el bitcoin sigue siendo el rey. La moneda más cotizada del ciberespacio pasa por horas bajas: su valor ha caído de casi 68.000 dólares (unos 65.000 euros) a poco más de 30.000 (cerca de 29.000 euros) en medio año.',
      'El mismo estudio del Banco de España estima que los criptoactivos mueven en España en torno a 60.000 millones de euros, un 4,8% del PIB.',
    ],
    expect: [
      p('68.000 dólares', 68000),
      p('65.000 euros', 65000, 'EUR'),
      p('30.000', 30000),
      p('29.000 euros', 29000, 'EUR'),
      o('60.000 millones de euros', 60e9, 'EUR'),
    ],
  },
  {
    url: 'http://www.lne.es/economia/2018/01/18/bitcoin-pierde-mitad-mes-baja/2224318.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'El bitcoin pierde la mitad de su valor en un mes',
    blocks: [
      'La cotización del bitcoin se desplomó ayer un 20% hasta los 9.199 dólares (unos 7.520 euros), con lo que perdió la cota de los 10.000 dólares por primera vez desde noviembre de 2017, apenas un mes después de su récord, cuando se situó cerca de los 20.000 dólares.',
      'La fiebre por esta moneda virtual, que empezó 2017 cotizando en torno a 1.000 dólares (818 euros), ya es calificada por muchos de burbuja especulativa. Su cotización empezó a dispararse en noviembre, cuando cada bitcoin se cambiaba por 6.750 dólares (5.519 euros).',
    ],
    expect: [
      p('9.199 dólares', 9199),
      p('7.520 euros', 7520, 'EUR'),
      p('10.000 dólares', 10000),
      p('20.000 dólares', 20000),
      p('1.000 dólares', 1000),
      p('818 euros', 818, 'EUR'),
      p('6.750 dólares', 6750),
      p('5.519 euros', 5519, 'EUR'),
    ],
  },
];
