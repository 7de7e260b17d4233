import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bestdebtsecrets.com/?p=28097',
    lang: 'pt-BR',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'O Bitcoin passou de US$ 100.000 pela primeira vez. Por volta das 21h39 no horário do leste dos EUA, a criptomoeda chegou aos seis dígitos, algo inédito em quase 16 anos de história.',
      'Isso quer dizer que o famoso pedido de pizza em Bitcoin agora vale US$ 1 bilhão. Um homem da Flórida pagou 10.000 BTC por duas pizzas da Papa John’s há mais de 14 anos, naquela que é considerada a primeira transação comercial da criptomoeda.',
      'Quatro dias depois, um britânico aceitou a oferta. O valor equivalia a apenas US$ 45 na época. (E o britânico pagou só US$ 25 à Papa John!) Mas apenas nove meses depois, o valor da transação subiu para US$ 10.000.',
      'Hanyecz disse ao The New York Times em 2013 que não se arrependia do pedido, que então valia US$ 6 milhões.',
      'Será que ele agora lamenta que o que pagou por aquelas duas pizzas valha um bilhão de dólares?',
      'Para comparar, o valor de mercado atual da Papa John é de US$ 1,567 bilhão.',
      'Há também a história de um escritor que ajudou um amigo a recuperar US$ 200.000 (na época) em Bitcoin de um laptop quebrado em 2017. Esses 40 Bitcoins agora valem mais de US$ 4 milhões (desde que a criptomoeda fique acima da marca de US$ 100.000).',
    ],
    expect: [
      p('US$ 100.000', 100000),
      o('US$ 1 bilhão', 1e9),
      o('US$ 45', 45),
      o('US$ 25', 25),
      o('US$ 10.000', 10000),
      o('US$ 6 milhões', 6e6),
      o('um bilhão de dólares', 1e9),
      o('US$ 1,567 bilhão', 1.567e9),
      o('US$ 200.000', 200000),
      o('US$ 4 milhões', 4e6),
      p('US$ 100.000', 100000),
    ],
  },
];
