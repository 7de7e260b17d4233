import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.infobae.com/economia/2025/10/10/como-se-mueve-el-unico-dolar-que-cotiza-en-el-mercado-durante-el-feriado/',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'El dólar cripto opera las 24 horas los 365 días del año.',
      'El sistema financiero argentino vivió horas vertiginosas en el segmento cambiario, con un Tesoro que debió sacrificar más de USD 2.000 millones para contener la corrida.',
      'Así, el dólar mayorista terminó a $1.420 para la venta frente a un techo de las bandas de flotación de 1.485,14 pesos, ahora a 65,14 pesos del precio de cierre del oficial.',
      'En el Banco Nación, el dólar al público cerró ofrecido a 1.450 pesos. Según el Banco Central, en el promedio de entidades el minorista quedó a $1.459,28 para la venta y a $1.403,54 para la compra.',
      'A las 12 horas, en la plataforma Ripio se negociaba a $1.483,99 para la venta; en Buenbit, a $1.481,22; en Lemon, a $1.489,55; en Binance, a $1.480,06, y en Wallbit, a $1.466,46.',
    ],
    expect: [
      o('USD 2.000 millones', 2e9),
      o('$1.420', 1420, 'ARS'),
      o('1.485,14 pesos', 1485.14, 'ARS'),
      o('65,14 pesos', 65.14, 'ARS'),
      o('1.450 pesos', 1450, 'ARS'),
      o('$1.459,28', 1459.28, 'ARS'),
      o('$1.403,54', 1403.54, 'ARS'),
      o('$1.483,99', 1483.99, 'ARS'),
      o('$1.481,22', 1481.22, 'ARS'),
      o('$1.489,55', 1489.55, 'ARS'),
      o('$1.480,06', 1480.06, 'ARS'),
      o('$1.466,46', 1466.46, 'ARS'),
    ],
  },
];
