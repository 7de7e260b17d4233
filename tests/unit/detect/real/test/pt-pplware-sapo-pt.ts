import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pplware.sapo.pt/internet/bitcoin-com-forte-queda-investidores-estao-a-vender-a-criptomoeda/',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin com forte queda: investidores estão a vender a criptomoeda',
    blocks: [
      'No início do mês a Bitcoin chegou aos 41 mil dólares e esperava-se que voltasse a crescer. Havia previsões de que podia chegar aos 100 mil dólares, mas esta semana arrancou com uma forte desvalorização.',
      'Bitcoin abaixo dos 40 mil dólares (cerca de 39 mil euros)...',
      'Esta moeda digital passou, no início do ano, a marca dos 41 mil dólares pela primeira vez desde abril de 2022. Esta segunda-feira, porém, registou a maior queda intradiária em quase quatro meses.',
      'A criptomoeda mais popular e cara do mercado chegou a cair 7,5% esta segunda-feira para 40.521 dólares. Além da Bitcoin, também a ether, cardano, polkadot e xrp desvalorizaram.',
      'Segundo as informações, esta segunda-feira já tinham sido liquidados 289,5 milhões de euros em Bitcoin.',
      'Recorde-se que o Standard Chartered previu em abril que a Bitcoin chegaria aos 100 mil dólares até ao final de 2024. A Matrixport estima que a Bitcoin alcance os 63.140 dólares até abril de 2024 e 125 mil dólares até ao final do próximo ano.',
    ],
    expect: [
      p('41 mil dólares', 41000),
      p('100 mil dólares', 100000),
      p('40 mil dólares', 40000),
      p('39 mil euros', 39000, 'EUR'),
      p('41 mil dólares', 41000),
      p('40.521 dólares', 40521),
      o('289,5 milhões de euros', 289.5e6, 'EUR'),
      p('100 mil dólares', 100000),
      p('63.140 dólares', 63140),
      p('125 mil dólares', 125000),
    ],
  },
  {
    url: 'https://pplware.sapo.pt/criptomoeda/bitcoin-ja-so-vale-metade-do-seu-maximo-historico-de-novembro/',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin já só vale metade do seu máximo histórico de novembro',
    blocks: [
      'No início de novembro de 2021 a Bitcoin atingiu um máximo histórico de 69 mil dólares. Três meses depois, a moeda digital mais popular do mundo vale apenas metade.',
      'BitCoin já chegou a valer 69 mil dólares',
      'À data deste artigo, segundo a Coinbase, a Bitcoin valia 35 mil dólares.',
      'Desde novembro, o mercado das criptomoedas, com mais de 15 mil tokens, já perdeu cerca de 1 bilião de dólares e está em “bear market”. Perante isto, os investidores aproveitaram a queda e investiram US$ 14 milhões em fundos de criptomoedas.',
    ],
    expect: [
      p('69 mil dólares', 69000),
      p('69 mil dólares', 69000),
      p('35 mil dólares', 35000),
      o('1 bilião de dólares', 1e12),
      o('US$ 14 milhões', 14e6),
    ],
  },
];
