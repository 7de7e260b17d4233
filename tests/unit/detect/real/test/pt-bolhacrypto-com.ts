import { o, p, type RealCase } from '../labels';

const url =
  'https://bolhacrypto.com/criptomoedas/pressao-sobre-os-mineradores-a-receita-da-mineracao-de-bitcoin-btc-cai-drasticamente';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'O preço do hash do Bitcoin, que pode ser interpretado como o rendimento por terahash conquistado pelos mineradores, atingiu um declínio sem precedentes, remontando ao dramático colapso da FTX em novembro de 2022.',
      'Conforme dados apresentados pela Bitinforcharts, a receita proveniente da mineração do BTC caiu para US$0,058 por terahash por segundo diariamente, uma queda vertiginosa de mais de 50% desde o boom alavancado pelo Ordinal em maio, quando o valor ascendeu para US$0,118 por terahash por segundo diariamente.',
      'Este declínio na receita dos mineradores chega logo após a rede atingir um pico histórico (ATH) de 55,62 trilhões de hashes, ao mesmo tempo que o preço do Bitcoin se mantém estagnado em torno de US$26.000. Segundo um representante da Bitfinex, os mineradores enxergam o atual preço do BTC como um indicativo de que a criptomoeda está desvalorizada.',
    ],
    expect: [o('US$0,058', 0.058), o('US$0,118', 0.118), p('US$26.000', 26000)],
  },
];
