import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mandee.com.br/blog/mineradora-riot-platforms-perdeu-us-84-milhoes-no-segundo-trimestre',
    lang: 'pt-BR',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Mineradora Riot Platforms perdeu US$ 84 milhões no segundo trimestre',
    blocks: [
      'Mineradora Riot Platforms perdeu US$ 84 milhões no segundo trimestre',
      'A mineradora de criptomoedas Riot Platforms registrou prejuízo de US$ 84,4 milhões no segundo trimestre de 2024, o dobro do esperado.',
      'A receita total da Riot no trimestre foi de US$ 70 milhões, 8,75% a menos que um ano antes, sobretudo por causa da queda nas receitas de serviços de engenharia.',
      'Nos últimos três meses a Riot extraiu 52% menos criptomoedas do que no mesmo período do ano passado: o número caiu para 844 BTC.',
      'Segundo a empresa, a dinâmica mudou com o halving de abril de 2024. Depois do corte nas recompensas, o custo de 1 BTC subiu 340% – passando de US$ 5.734 para US$ 25.327.',
      '“A posição financeira da empresa continua a ser a melhor do setor, com capital de giro de US$ 646,5 milhões”, diz o relatório.',
    ],
    expect: [
      o('US$ 84 milhões', 84e6),
      o('US$ 84,4 milhões', 84.4e6),
      o('US$ 70 milhões', 70e6),
      c('US$ 5.734', 5734),
      c('US$ 25.327', 25327),
      o('US$ 646,5 milhões', 646.5e6),
    ],
  },
];
