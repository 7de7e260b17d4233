import { o, p, type RealCase } from '../labels';

// Brazilian finance blog: list items, BRL and bare-"$" USD levels, a monthly DCA amount.
export const cases: RealCase[] = [
  {
    url: 'https://blog.dividai.com/post/bitcoin-e-criptomoedas-vale-investir',
    lang: 'pt',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin e criptomoedas: vale investir?',
    blocks: [
      {
        heading: 'Por que as pessoas acreditam em Bitcoin?',
        text: 'Lucratividade histórica: De R$ 0,01 para R$ 200 mil em 15 anos',
      },
      { heading: 'Dados históricos', text: '2017: $19 mil no pico (crash e queda 80%)' },
      { heading: 'Dados históricos', text: '2021: $60 mil no pico (crash e queda 65%)' },
      { heading: 'Dados históricos', text: '2024: $70 mil novamente' },
      { heading: 'Estratégia inteligente', text: 'Compre com DCA (R$ 500/mês)' },
    ],
    expect: [
      p('R$ 0,01', 0.01, 'BRL'),
      p('R$ 200 mil', 200000, 'BRL'),
      p('$19 mil', 19000),
      p('$60 mil', 60000),
      p('$70 mil', 70000),
      o('R$ 500/mês', 500, 'BRL'),
    ],
  },
];
