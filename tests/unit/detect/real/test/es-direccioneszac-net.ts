import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://direccioneszac.net/bitcoin-se-desploma-mas-del-50-por-debajo-de-su-maximo-historico',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin se desploma más del 50% por debajo de su máximo histórico',
    blocks: [
      'La criptomoneda más valiosa del mundo perdió un 10% este lunes, después de desplomarse durante el fin de semana, y acumula casi un 20% de caída en la última semana.',
      'A un precio de poco menos de US$ 31.000, el bitcoin está más de un 50% por debajo de su máximo histórico de casi US$ 69.000 de finales del año pasado, y en su punto más bajo desde julio de 2021.',
      'Otras criptomonedas, las llamadas altcoins, también sufren: Ethereum, binance, solana y cardano cayeron alrededor de un 15% la semana pasada.',
    ],
    expect: [p('US$ 31.000', 31000), p('US$ 69.000', 69000)],
  },
];
