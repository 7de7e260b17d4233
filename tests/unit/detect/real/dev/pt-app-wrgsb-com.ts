import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.wrgsb.com/pt/post/status/18667797',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Fuga de Mineiros do Bitcoin: Como os Custos de Energia Estão a Remodelar as Previsões de Preço',
    blocks: [
      'Os dados atuais sugerem que o Bitcoin pode testar os níveis de $59.450 a $74.300 — valores ligados diretamente aos custos reais por unidade que os mineiros enfrentam hoje.',
      {
        text: 'No início de fevereiro, o custo médio de eletricidade por moeda do Bitcoin fica em cerca de $59.450, e o gasto total de produção (com hardware e despesas operacionais) chega a uns $74.300. O Bitcoin foi negociado há pouco perto de $69.500, desconfortavelmente próximo desses limites.',
        heading: 'A Matemática por Trás dos Custos de Mineração e Gatilhos de Êxodo',
      },
      'Ainda assim, uma queda sustentada para a faixa de $59.000 a $74.000 pressionaria toda a indústria.',
    ],
    expect: [
      p('$59.450', 59450),
      p('$74.300', 74300),
      c('$59.450', 59450),
      c('$74.300', 74300),
      p('$69.500', 69500),
      p('$59.000', 59000),
      p('$74.000', 74000),
    ],
  },
];
