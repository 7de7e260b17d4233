import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://journalscrypto.com/las-salidas-record-de-etf-de-bitcoin-son-enganosas-ya-que-los-productos-criptograficos-absorbieron-46-700-millones-de-dolares-en-2025',
    lang: 'es',
    tags: ['prose', 'format'],
    title:
      'Las salidas récord de ETF de Bitcoin son engañosas ya que los productos criptográficos absorbieron 46.700 millones de dólares en 2025',
    blocks: [
      'Las salidas récord de ETF de Bitcoin son engañosas ya que los productos criptográficos absorbieron 46.700 millones de dólares en 2025',
      'Tomemos como ejemplo el último bamboleo. Los ETF de Bitcoin al contado negociados en Estados Unidos registraron alrededor de 175 millones de dólares en salidas netas el 24 de diciembre, culminando cinco sesiones negativas consecutivas.',
      'Parece sombrío, pero al alejarlo se ve que el complejo todavía mantiene aproximadamente 113.800 millones de dólares en activos y tiene entradas netas acumuladas de casi 56.900 millones de dólares desde enero de 2024.',
      'Los datos de Farside Investors muestran que, a finales de diciembre, solo el IBIT de BlackRock había recaudado más de 62 mil millones de dólares desde su lanzamiento, y la cohorte de ETF al contado de EE. UU. compensó en conjunto aproximadamente 25 mil millones de dólares en salidas de GBTC.',
      'CoinShares informó que los ETF y ETP criptográficos en todo el mundo recaudaron un récord de $ 5,95 mil millones en una sola semana a principios de octubre, y que solo los productos de Bitcoin representaron $ 3,55 mil millones.',
      'Las revisiones mensuales muestran que las entradas netas de ETP criptográficos en octubre alcanzaron los 7.600 millones de dólares.',
    ],
    expect: [
      o('46.700 millones de dólares', 46.7e9),
      o('175 millones de dólares', 175e6),
      o('113.800 millones de dólares', 113.8e9),
      o('56.900 millones de dólares', 56.9e9),
      o('62 mil millones de dólares', 62e9),
      o('25 mil millones de dólares', 25e9),
      o('$ 5,95 mil millones', 5.95e9),
      o('$ 3,55 mil millones', 3.55e9),
      o('7.600 millones de dólares', 7.6e9),
    ],
  },
  {
    url: 'https://journalscrypto.com/los-numeros-de-flujo-de-etf-de-bitcoin-estan-fundamentalmente-rotos-y-a-la-mayoria-de-los-operadores-les-falta-la-senal-especifica-de-una-caida',
    lang: 'es',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'El 30 de enero de 2026, los ETF de Bitcoin al contado de EE. UU. registraron 509,7 millones de dólares en salidas netas, lo que parece un sentimiento negativo bastante sencillo hasta que se miran los tickers individuales.',
      'El 2 de febrero se recuperó con 561,8 millones de dólares en entradas netas, luego el 3 de febrero pasó a -272,0 millones de dólares y el 4 de febrero se hundió a -544,9 millones de dólares.',
      'Cuando Bitcoin cayó por debajo de los 71.000 dólares, los flujos de ETF y el precio finalmente empezaron a rimar.',
    ],
    expect: [
      o('509,7 millones de dólares', 509.7e6),
      o('561,8 millones de dólares', 561.8e6),
      o('-272,0 millones de dólares', -272e6),
      o('-544,9 millones de dólares', -544.9e6),
      p('71.000 dólares', 71000),
    ],
  },
  {
    url: 'https://journalscrypto.com/?p=41842',
    lang: 'es',
    tags: ['table', 'prose', 'format'],
    blocks: [
      'Los fondos cotizados en bolsa de Bitcoin al contado de EE. UU. registraron tres sesiones comerciales consecutivas de salidas netas esta semana, por un total de 1.580 millones de dólares.',
      'El retroceso sigue a un breve período de seguimiento positivo, intercalado entre otra racha de salidas de tres días del 7 al 9 de enero que totalizó $1,134 mil millones, o alrededor de $378 millones por día saliendo de la categoría.',
      'A principios de mes, los flujos cambiaron en sentido contrario, con más de mil millones de dólares de entradas netas durante los dos primeros días hábiles de enero y 1.800 millones de dólares en entradas de capital entre el 12 y el 15 de enero.',
      { text: 'Salida', header: 'Régimen de flujo', row: '7 de enero – 9 de enero' },
      { text: '-1,134', header: 'Flujo neto ($millones)', row: '7 de enero – 9 de enero' },
      { text: 'Afluencia', header: 'Régimen de flujo', row: '12 de enero – 15 de enero' },
      { text: '+1,811', header: 'Flujo neto ($millones)', row: '12 de enero – 15 de enero' },
      { text: 'Salida', header: 'Régimen de flujo', row: '16 de enero – 21 de enero' },
      { text: '-1.583', header: 'Flujo neto ($millones)', row: '16 de enero – 21 de enero' },
    ],
    expect: [
      o('1.580 millones de dólares', 1.58e9),
      o('$1,134 mil millones', 1.134e9),
      o('$378 millones', 378e6),
      o('mil millones de dólares', 1e9),
      o('1.800 millones de dólares', 1.8e9),
      o('-1,134', -1134e6),
      o('+1,811', 1811e6),
      o('-1.583', -1583e6),
    ],
  },
];
