import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hoydinero.com/lodehoy/Bitcoin-cayo-hasta-los-370-mil-pesos-cuando-llego-a-valer-1-millon-400-mil-pesos-MXN-20220619-0004.html',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin cayó hasta los 370 mil pesos cuando llegó a valer 1 millón 400 mil pesos MXN',
    blocks: [
      'Bitcoin cayó hasta los 370 mil pesos cuando llegó a valer 1 millón 400 mil pesos MXN',
      'MÉXICO.- El activo pierde más de 10% este sábado y cotizó en 370 mil pesos por unidad, su menor valor desde diciembre de 2020, según el portal Investing.',
      'Desde su máximo histórico de 1.4 millones de pesos de noviembre de 2021, la más popular de las criptodivisas se ha desplomado 73%: hoy vale una cuarta parte de lo que cotizaba a finales del año pasado.',
      'El bitcoin vale menos que un Toyota Corolla nuevo, cuyo precio arranca en 372 mil 800 pesos, según la página oficial de la automotriz japonesa en México.',
      'También vale menos que la nueva SUV Chevrolet Tracker 2023, que parte de 393 mil 900 pesos, o que la pickup Chevrolet S10 MAX, que inicia en 379 mil 900 pesos.',
    ],
    expect: [
      p('370 mil pesos', 370000, 'MXN'),
      p('1 millón 400 mil pesos MXN', 1.4e6, 'MXN'),
      p('370 mil pesos', 370000, 'MXN'),
      p('1.4 millones de pesos', 1.4e6, 'MXN'),
      o('372 mil 800 pesos', 372800, 'MXN'),
      o('393 mil 900 pesos', 393900, 'MXN'),
      o('379 mil 900 pesos', 379900, 'MXN'),
    ],
  },
];
