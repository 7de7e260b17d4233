import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://exame.abril.com.br/mercados/bitcoin-fecha-abaixo-dos-us-5-mil-pela-1a-vez-desde-outubro-de-2017/',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'O bitcoin, primeira e principal moeda virtual descentralizada, caiu nesta segunda-feira (19) abaixo dos 5.000 dólares, algo que não acontecia desde outubro de 2017.',
      'Por volta das 16H35 GMT (14h35 de Brasília), o bitcoin valia 4.958,36 dólares, cerca de 10% menos que os 5.451,72 dólares das 22h GMT de sexta-feira.',
      'A mais célebre das criptomoedas já tinha caído forte na quarta-feira, quando rompeu a barreira dos 6.000 dólares.',
      'Frente a meados de dezembro passado, quando chegou por um momento aos 19.500 dólares, o bitcoin perdeu até 75% do valor. Em 2017, passou de 1.000 dólares em janeiro para quase US$ 20.000 no fim do ano.',
    ],
    expect: [
      p('5.000 dólares', 5000),
      p('4.958,36 dólares', 4958.36),
      p('5.451,72 dólares', 5451.72),
      p('6.000 dólares', 6000),
      p('19.500 dólares', 19500),
      p('1.000 dólares', 1000),
      p('US$ 20.000', 20000),
    ],
  },
];
