import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vozpopuli.com/economia/bitcoin-sigue-alza.html',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'El bitcoin sigue al alza',
    blocks: [
      'La criptodivisa bitcoin ha mantenido este martes la racha alcista de las últimas semanas y ha marcado un nuevo máximo histórico, con un cruce por encima de los 50.000 dólares.',
      'En concreto, hacia las 13.30 horas el bitcoin repuntó frente al dólar hasta cambiarse a 50.191 dólares. El pico fue momentáneo y poco después el canje perdió la cota de los 50.000.',
      {
        text: 'Pocos días después, Tesla informó de que había invertido en bitcoin 1.500 millones de dólares (1.238,5 millones de euros) que tenía en efectivo, y que planeaba aceptar la divisa digital como forma de pago por sus vehículos.',
        heading: 'Tesla motivó esta racha alcista',
      },
      'Dogecoin, la otra criptodivisa que recomienda Musk, no acompañó al bitcoin este martes: cayó un 9,84% frente al dólar, hasta 0,055835 dólares por cada dogecoin.',
    ],
    expect: [
      p('50.000 dólares', 50000),
      p('50.191 dólares', 50191),
      p('50.000', 50000),
      o('1.500 millones de dólares', 1.5e9),
      o('1.238,5 millones de euros', 1.2385e9, 'EUR'),
      o('0,055835 dólares', 0.055835),
    ],
  },
];
