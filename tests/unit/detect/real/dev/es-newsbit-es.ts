import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newsbit.es/bitcoin-cae-bajo-92-000-ethereum-bajo-3-000-y-liquidaciones-suben-a-800m',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin cae, Ethereum pierde un soporte clave y suben las liquidaciones',
    blocks: [
      'El mercado cripto cae con fuerza. Bitcoin (BTC) se hundió este lunes y llegó a perforar los 92.000 dólares, su nivel más bajo en meses. Ethereum (ETH) también perdió un soporte clave, y las pérdidas de los operadores apalancados ya suman cientos de millones.',
      'Bitcoin se desploma a su mínimo de 2025',
      {
        text: 'Hace menos de una semana, el precio de Bitcoin superaba los 107.000 dólares. El repunte duró poco: el mercado ha corregido con fuerza y este lunes BTC cayó por debajo de los 92.000 dólares, su nivel más bajo desde el 24 de abril.',
        heading: 'Bitcoin se desploma a su mínimo de 2025',
      },
      'Ethereum por debajo de 3.000 dólares; altcoins, en rojo',
      {
        text: 'Ethereum se ha hundido por debajo de la barrera psicológica de los 3.000 dólares. En la última semana la moneda cae más de un 15%. XRP cedió un 3,6% y Solana (SOL) cayó más de un 5% en 24 horas.',
        heading: 'Ethereum por debajo de 3.000 dólares; altcoins, en rojo',
      },
      '800 millones de dólares en posiciones liquidadas',
      {
        text: 'En las últimas 24 horas se liquidaron casi 800 millones de dólares en posiciones. Más de 150.000 traders vieron sus posiciones cerradas, según CoinGlass.',
        heading: '800 millones de dólares en posiciones liquidadas',
      },
      {
        text: 'El mayor golpe se dio en Hyperliquid, donde se liquidó una sola orden por nada menos que 96,5 millones de dólares.',
        heading: '800 millones de dólares en posiciones liquidadas',
      },
    ],
    expect: [
      p('92.000 dólares', 92000),
      p('107.000 dólares', 107000),
      p('92.000 dólares', 92000),
      o('3.000 dólares', 3000),
      o('3.000 dólares', 3000),
      o('800 millones de dólares', 800e6),
      o('800 millones de dólares', 800e6),
      o('96,5 millones de dólares', 96.5e6),
    ],
  },
];
