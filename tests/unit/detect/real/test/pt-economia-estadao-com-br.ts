import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://economia.estadao.com.br/noticias/geral,bitcoin-cai-abaixo-de-us-10-mil-pela-1-vez-desde-novembro,70002154057',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'NOVA YORK - O bitcoin caiu abaixo de US$ 10 mil na manhã desta quarta-feira pela primeira vez desde novembro, uma queda de 50% frente ao recorde de dezembro. A moeda virtual chegou à mínima de US$ 9.958,31, segundo a CoinDesk. Por volta das 11h, porém, valia US$ 10.404,62.',
      'A queda se espalhou rápido por outras criptomoedas: o ether cai 33%, o XRP recua 47% e a litecoin perde 35%.',
    ],
    expect: [p('US$ 10 mil', 10000), p('US$ 9.958,31', 9958.31), p('US$ 10.404,62', 10404.62)],
  },
];
