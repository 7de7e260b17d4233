import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blogdopco.com.br/?p=420765',
    lang: 'pt',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'O Bitcoin escorregou para cerca de US$ 82,5 mil nesta sexta-feira, o menor nível desde abril e retrato de uma sangria mais ampla: quase US$ 1,5 trilhão sumiu do mercado cripto desde o pico de outubro.',
      'A queda de 9,9% em 24 horas e de 23,8% em 30 dias vem com liquidações em futuros e fuga institucional. Os ETFs de BTC nos EUA tiveram US$ 903 milhões em saídas, o segundo pior dia desde a estreia em 2024. O interesse aberto em perpétuos recuou 35% desde outubro, após mais US$ 2 bilhões em posições desmontadas.',
    ],
    expect: [
      p('US$ 82,5 mil', 82500),
      o('US$ 1,5 trilhão', 1.5e12),
      o('US$ 903 milhões', 903e6),
      o('US$ 2 bilhões', 2e9),
    ],
  },
];
