import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://102news.com/blockchain/bitcoin-alcanza-nuevo-maximo-de-precio-historico-en-argentina/',
    lang: 'es',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'El precio de Bitcoin (BTC) marca nuevos máximos históricos en Argentina mientras la moneda local sigue devaluándose.',
      'La caída del peso frente al dólar, la crisis económica y el reciente repunte de las criptomonedas empujan a Bitcoin a récords en Argentina, aunque en dólares estadounidenses siga un 50% por debajo de su máximo histórico.',
      'Según datos de Google, la principal criptomoneda está en su techo frente al peso argentino (ARS). En concreto, BTC rozó los 12 millones de pesos, un repunte del 277% en doce meses y de más de 5.000% en cinco años.',
      'La subida coincide con la del dólar frente al peso, por encima de los ARS $350 según la tasa oficial del BCRA, y con el repunte de Bitcoin frente al dólar, que esta semana ganó más de 15% y se ubicó sobre los USD $34.000, su nivel más alto desde inicios de 2022.',
      'En mercados como Binance P2P, Bitcoin cotiza muy por encima, superando incluso los 30 millones de pesos, porque los comerciantes no toman la tasa del BCRA como referencia sino el llamado “dólar blue”.',
    ],
    expect: [
      p('12 millones de pesos', 12e6, 'ARS'),
      o('ARS $350', 350, 'ARS'),
      p('USD $34.000', 34000),
      p('30 millones de pesos', 30e6, 'ARS'),
    ],
  },
];
