import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cronicavasca.elespanol.com/economia/20210423/bitcoin-la-barrera-de-dolares-estropea-ethereum/575942417_0.amp.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin y la barrera de los dólares que estropea a Ethereum',
    blocks: [
      '¿Ethereum a los mandos? La pregunta se habría respondido casi sola este jueves por la tarde, cuando el activo marcaba un nuevo máximo mientras Bitcóin sufría para no perder el nivel de los 55.000 dólares. Ahora no está tan claro: Bitcóin cayó con fuerza después y arrastró a todo el mercado, Ethereum incluido.',
      'Ethereum (ETH) llevaba días mostrando gran fortaleza y este jueves alcanzaba un nuevo techo, que ahora se sitúa en los 2.640 dólares. Después retrocedía también con fuerza tras una visita de Bitcóin a la zona de los 50.000 dólares. Ya de madrugada, perforaba de nuevo esa marca para acercarse a los 48.000, y horas después caía hasta los 47.500 dólares, más de un 26% por debajo de su último máximo histórico.',
    ],
    expect: [
      p('55.000 dólares', 55000),
      o('2.640 dólares', 2640),
      p('50.000 dólares', 50000),
      p('48.000', 48000),
      p('47.500 dólares', 47500),
    ],
  },
];
