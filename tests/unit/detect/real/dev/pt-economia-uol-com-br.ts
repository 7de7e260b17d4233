import { p, type RealCase } from '../labels';

// Sponsored explainer: the level is in the headline and the first sentence; the rest is advice.
export const cases: RealCase[] = [
  {
    url: 'https://economia.uol.com.br/mais/pagbank/2024/11/14/bitcoin-atinge-r-500-mil-sera-que-e-o-momento-certo-para-investir.htm',
    lang: 'pt',
    tags: ['prose'],
    title: 'Bitcoin atinge R$ 500 mil: será que é o momento certo para investir?',
    blocks: [
      'Nesta semana, o valor do bitcoin chegou a incríveis R$ 500 mil, um número que deixa muita gente curiosa e pensando se deveria investir nessa moeda digital.',
      {
        heading: 'Conheça seu perfil de investidor',
        text: 'Uma dica de especialistas é investir apenas uma pequena parte do seu dinheiro (de 1% a 5%, no máximo) em criptomoedas como o bitcoin.',
      },
    ],
    expect: [p('R$ 500 mil', 500000, 'BRL')],
  },
];
