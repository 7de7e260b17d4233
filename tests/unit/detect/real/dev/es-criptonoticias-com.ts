import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.criptonoticias.com/mineria/mineros-precio-bitcoin-ath-rentabilidad-hashprice',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'El hashprice, o precio del hash, estima cuánto se espera ganar por 1 TH/s de potencia al día, y es un indicador clave de la rentabilidad de la minería de bitcoin.',
      'Entre agosto y comienzos de septiembre, el hashprice de bitcoin bajó hasta USD 0.0389, como informó CriptoNoticias.',
      'En mes y medio, a mediados de octubre, ese mismo hashprice llegó a USD 0.0535, un alivio momentáneo para los mineros, que sacaron más por cada terahash por segundo con el mismo trabajo.',
      'Ahora el hashprice, aunque ha bajado de los USD 0,05, parece estabilizarse con mínimos más altos.',
    ],
    expect: [o('USD 0.0389', 0.0389), o('USD 0.0535', 0.0535), o('USD 0,05', 0.05)],
  },
  {
    url: 'https://www.criptonoticias.com/criptopedia/es-rentable-mineria-bitcoin-otras-criptomonedas',
    lang: 'es',
    tags: ['prose'],
    blocks: [
      'Según portales como Coinwarz, con un equipo de minería de gama alta y una tarifa eléctrica parecida a las de EE. UU., se pueden generar hasta 7 dólares diarios minando la red de Bitcoin. Eso dependerá, claro, del precio de bitcoin en ese momento.',
    ],
    expect: [o('7 dólares', 7)],
  },
  {
    url: 'https://www.criptonoticias.com/comunidad/bitcoiner-mito-peso-mexicano-inflacion-bitcoin',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      '- Pasar 100 mil pesos a bitcoin hace 8 años daría hoy casi un millón de dólares.',
      'En el mismo periodo de 8 años, bitcoin rindió un 866%. Quien hubiera cambiado 100.000 pesos a bitcoin hace 8 años tendría hoy bastante más, aunque el cálculo tiene errores.',
      'En enero de 2018, bitcoin cotizaba en torno a 17.000 dólares a inicios de mes y cerró el 31 de enero de 2018 cerca de 10.000 dólares.',
    ],
    expect: [
      o('100 mil pesos', 100000, 'MXN'),
      o('un millón de dólares', 1e6),
      o('100.000 pesos', 100000, 'MXN'),
      p('17.000 dólares', 17000),
      p('10.000 dólares', 10000),
    ],
  },
  {
    url: 'https://www.criptonoticias.com/mercados/equivalente-satoshis-bitcoin-bolivar-venezuela/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      '- En un mes, el precio de BTC pasó de VES 112 millones a VES 218 millones.',
      'El precio medio de BTC en el mercado venezolano está en 218.432.988,04 VES, según el portal Yadio al redactar esta nota; es decir, unos 2,1 VES por satoshi.',
      'Según Yadio, el 29 de julio el precio de BTC en Venezuela era de poco más de VES 112.000.000, un alza cercana al 94%.',
      'Y eso pese a que, frente al dólar, el precio de BTC pasó en el mismo periodo de los USD 9.520 a los 10.170, según CoinMarketCap.',
      'El salario mínimo en Venezuela es de 40.000 bolívares soberanos. En julio el gobierno anunció un nuevo billete de VES 50.000, que entonces equivalía a USD 7 en bitcoin.',
      'Entre la subida de bitcoin, que empezó el año en USD 3.759, y la depreciación del bolívar, el volumen de intercambios VES/BTC creció.',
    ],
    expect: [
      p('VES 112 millones', 112e6, 'VES'),
      p('VES 218 millones', 218e6, 'VES'),
      p('218.432.988,04 VES', 218432988.04, 'VES'),
      o('2,1 VES', 2.1, 'VES'),
      p('VES 112.000.000', 112e6, 'VES'),
      p('USD 9.520', 9520),
      p('10.170', 10170),
      o('40.000 bolívares soberanos', 40000, 'VES'),
      o('VES 50.000', 50000, 'VES'),
      o('USD 7', 7),
      p('USD 3.759', 3759),
    ],
  },
];
