import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.elobservador.com.uy/nota/bitcoin-y-ethereum-las-criptomonedas-mas-importantes-en-valor-de-mercado-2021216152015',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'Hoy existen más de 8.400 criptodivisas, pero Bitcoin, cuyo precio pasa de los US$ 49.000, sigue siendo la líder indiscutida. Como muestra un gráfico de Statista, su capitalización es de US$ 914.578 millones, casi cinco veces la de la siguiente, Ethereum, con US$ 206.676 millones, según CoinMarketCap.',
    ],
    expect: [
      p('US$ 49.000', 49000),
      o('US$ 914.578 millones', 914578e6),
      o('US$ 206.676 millones', 206676e6),
    ],
  },
];
