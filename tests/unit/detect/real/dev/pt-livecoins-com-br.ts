import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://livecoins.com.br/preco-historico-do-bitcoin/amp',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'O Bitcoin surgiu em 2009 e não era negociado em nenhuma exchange, para adquirir bitcoins era necessário fazer mineração ou comprar através de P2P. O primeiro preço da criptomoeda foi registrado em 2010.',
      'Em 2010 o preço do Bitcoin não superou US $1, o valor mais alto que ele chegou naquele ano foi US$ 0,39.',
      'Atualmente os mineradores produzem cerca de 3.600 bitcoins por dia, uma parte é usada para cobrir custos com eletricidade e outras despesas comerciais. O custo de energia diária de toda a mineração é estimado em torno de US $500 mil.',
    ],
    expect: [p('US $1', 1), p('US$ 0,39', 0.39), o('US $500 mil', 500000)],
  },
  {
    url: 'https://livecoins.com.br/?p=179561',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'O Bitcoin caiu abaixo dos US$ 115.000 na manhã desta sexta-feira (15), expondo a alta alavancagem no mercado. Isso porque mais de 100 mil traders foram liquidados nas últimas 24 horas, mesmo com uma pequena queda percentual.',
      'O total de liquidações ultrapassa a faixa de meio milhão de dólares (R$ 2,8 bilhões), sendo US$ 159 milhões no Bitcoin, US$ 118 milhões no Ethereum, e o restante para outras moedas.',
      'Leve queda do Bitcoin expõe traders alavancados e liquida R$ 2,8 bilhões no mercado de futuros',
      'O Bitcoin chegou a ser negociado por US$ 114.500 na manhã desta sexta-feira (25) antes de voltar a subir para os atuais US$ 116.300. Isso significa uma queda de 7% em relação ao seu topo histórico do dia 14 e de somente 4% em relação à máxima desta quinta-feira (24).',
      '“Nas últimas 24 horas, 131.362 traders foram liquidados, com um total de liquidações de US$ 505,15 milhões (R$ 2,8 bilhões)”, aponta a Coinglass. “A maior ordem de liquidação individual ocorreu na OKX, no par BTC/USDT, no valor de US$ 17,35 milhões (R$ 96,3 milhões).”',
      'Um único investidor foi liquidado em US$ 83,3 milhões',
      'Enquanto a Coinglass aponta que a maior liquidação foi de US$ 17,35 milhões, a Lookonchain afirma que um trader foi liquidado em US$ 83,3 milhões (R$ 462 milhões) na Hyperliquid, uma corretora descentralizada.',
    ],
    expect: [
      p('US$ 115.000', 115000),
      o('meio milhão de dólares', 500000),
      o('R$ 2,8 bilhões', 2.8e9, 'BRL'),
      o('US$ 159 milhões', 159e6),
      o('US$ 118 milhões', 118e6),
      o('R$ 2,8 bilhões', 2.8e9, 'BRL'),
      p('US$ 114.500', 114500),
      p('US$ 116.300', 116300),
      o('US$ 505,15 milhões', 505.15e6),
      o('R$ 2,8 bilhões', 2.8e9, 'BRL'),
      o('US$ 17,35 milhões', 17.35e6),
      o('R$ 96,3 milhões', 96.3e6, 'BRL'),
      o('US$ 83,3 milhões', 83.3e6),
      o('US$ 17,35 milhões', 17.35e6),
      o('US$ 83,3 milhões', 83.3e6),
      o('R$ 462 milhões', 462e6, 'BRL'),
    ],
  },
];
