import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ahoramundo.com/mundo/economia/el-bitcoin-se-mantiene-estable-por-encima-de-los-61000-dolares-mientras-las-criptomonedas-enfrentan-el-criptoinvierno/8556',
    lang: 'es',
    tags: ['prose', 'label-value'],
    title:
      'El bitcoin se mantiene estable por encima de los 61000 dólares mientras las criptomonedas enfrentan el criptoinvierno',
    blocks: [
      'El bitcoin se mantiene por encima de los 61.000 dólares',
      'El bitcoin BTC cotiza hoy, 19 de abril, a 61.891,21 dólares, según el portal Live Coin Watch.',
      'La capitalización de mercado actual del token es de 1.218.429.453.689 dólares.',
      {
        text: 'Ethereum (ETH), la segunda criptomoneda con mayor capitalización, se sitúa en 2984,23 dólares, un cambio de 0,99% respecto a hace un día.',
        heading: 'Variaciones en el mercado de criptomonedas',
      },
      'Entre las principales altcoins, BNB, la criptomoneda de Binance, cotiza a 545,56 dólares. Cardano (ADA) está en 0,44 dólares y Solana (SOL) en 136,66 dólares.',
    ],
    expect: [
      p('61.000 dólares', 61000),
      p('61.891,21 dólares', 61891.21),
      o('1.218.429.453.689 dólares', 1218429453689),
      o('2984,23 dólares', 2984.23),
      o('545,56 dólares', 545.56),
      o('0,44 dólares', 0.44),
      o('136,66 dólares', 136.66),
    ],
  },
];
