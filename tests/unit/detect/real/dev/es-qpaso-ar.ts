import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://qpaso.ar/noticias/la-nacion/economia/dolar/dolar-hoy-dolar-blue-hoy-a-cuanto-cotiza-este-viernes-25-de-abril-nid25042025',
    lang: 'es',
    tags: ['prose', 'label-value'],
    title: 'Dólar hoy, dólar blue hoy: a cuánto cotiza este viernes 25 de abril',
    blocks: [
      'Dólar hoy, dólar blue hoy: a cuánto cotiza este viernes 25 de abril',
      'Ayer la divisa paralela del mercado informal cerró a $1225 para la venta; el oficial, en tanto, cotizó a $1196,88 para la misma operación',
      '- 💵 Dólar bitcoin: también llamado dólar cripto o stablecoin, sirve de referencia del valor del dólar oficial.',
      '- 📈 Aumento del DAI: la criptomoneda subió a $1225,19 en la plataforma Ripio el 25 de abril.',
      '- 🚫 Eliminación del cepo: se fijó una banda móvil entre $1000 y $1400 para el valor del dólar.',
      'El dólar bitcoin, también llamado dólar cripto o stablecoin por su paridad con el dólar, sirve para anticipar el valor del oficial antes de que abra el mercado cambiario. Este viernes 25 de abril la criptomoneda subió: en Ripio se puede comprar DAI a $1225,19.',
    ],
    expect: [
      o('$1225', 1225, 'ARS'),
      o('$1196,88', 1196.88, 'ARS'),
      o('$1225,19', 1225.19, 'ARS'),
      o('$1000', 1000, 'ARS'),
      o('$1400', 1400, 'ARS'),
      o('$1225,19', 1225.19, 'ARS'),
    ],
  },
];
