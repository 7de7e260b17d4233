import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://rendaboa.com.br/criptomoeda/queda-bitcoin-pressiona-mineradores-alerta',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Queda do Bitcoin pressiona mineradores e acende alerta global',
    blocks: [
      'Queda do Bitcoin pressiona mineradores e acende alerta global',
      'A queda do Bitcoin vem pressionando os mineradores nas últimas semanas e reabre o debate sobre a sustentabilidade da atividade que valida os blocos na blockchain.',
      'A desvalorização de cerca de 3,1% em 24 h, que levou a cotação do ativo a US$ 69,9 mil em 9 de fevereiro de 2026, somou-se ao mergulho até US$ 61 mil no mesmo período, um ambiente hostil para pequenos e médios operadores de rigs.',
      {
        text: 'Segundo dados da CoinMarketCap citados na fonte original, a moeda digital perdeu 3,1 % em 24 h e chegou a uma mínima semanal de US$ 61 mil. Esse patamar é crítico para quem opera com energia mais cara ou usa hardware antigo.',
        heading: 'O que mudou no mercado de mineração de Bitcoin?',
      },
    ],
    expect: [p('US$ 69,9 mil', 69900), p('US$ 61 mil', 61000), p('US$ 61 mil', 61000)],
  },
];
