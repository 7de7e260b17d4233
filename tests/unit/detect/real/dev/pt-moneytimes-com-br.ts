import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.moneytimes.com.br/etfs-de-bitcoin-btc-registram-saques-de-us-900-milhoes-em-um-dia-com-precos-em-queda-rens',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'ETFs de bitcoin (BTC) registram saques de US$ 900 milhões em um dia com preços em queda',
    blocks: [
      'ETFs de bitcoin (BTC) registram saques de US$ 900 milhões em um dia com preços em queda',
      'A queda do bitcoin (BTC) para a faixa de US$ 82 mil se refletiu numa saída em massa dos investidores dos fundos de índice na última quinta-feira (20).',
      'Segundo o SoSo Value, foram retirados US$ 903,44 milhões dos fundos nas últimas 24h. Na semana, as perdas passam de US$ 1,4 bilhão.',
      'Mesmo assim, os ativos líquidos sob gestão desses ETFs somam US$ 113,02 bilhões, ou 6,55% de todos os bitcoins existentes.',
      'Por volta das 11h, o bitcoin era negociado na casa dos US$ 83.700, queda de 7,39% em 24h.',
    ],
    expect: [
      o('US$ 900 milhões', 900e6),
      p('US$ 82 mil', 82000),
      o('US$ 903,44 milhões', 903.44e6),
      o('US$ 1,4 bilhão', 1.4e9),
      o('US$ 113,02 bilhões', 113.02e9),
      p('US$ 83.700', 83700),
    ],
  },
  {
    url: 'https://moneytimes.com.br/a-qualquer-momento-em-dia-de-halving-bitcoin-btc-opera-em-alta-saiba-mais-sobre-o-evento',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'A qualquer momento: Em dia de halving, Bitcoin (BTC) opera em alta; saiba mais sobre o evento',
    blocks: [
      'Segundo o The Block, faltam menos de 12 horas para o halving do Bitcoin (BTC), que corta a recompensa da cripto.',
      'Em resposta, o BTC subia 1,86% às 10h15 desta sexta-feira (19), valendo US$ 64.766,87.',
      {
        text: '  • 28 de novembro de 2012: redução de 50 para 25 BTC, a cotação da cripto era de US$ 12 à época;',
        heading: 'Halvings anteriores',
      },
      {
        text: '  • 9 de julho de 2016: redução de 25 para 12,5 BTC, a cotação era de US$ 650 à época;',
        heading: 'Halvings anteriores',
      },
      {
        text: '  • 11 de maio de 2020: último halving, redução de 12,5 para 6,25 BTC, a cotação já havia saltado para US$ 8.821,00.',
        heading: 'Halvings anteriores',
      },
    ],
    expect: [p('US$ 64.766,87', 64766.87), p('US$ 12', 12), p('US$ 650', 650), p('US$ 8.821,00', 8821)],
  },
];
