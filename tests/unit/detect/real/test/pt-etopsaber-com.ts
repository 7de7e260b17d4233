import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://etopsaber.com/?p=63799',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'Segundo o CEO da Swan Bitcoin, o BTC pode atingir US$ 100.000 no início de 2025, e depois US$ 1 milhão até 2030.',
      'Instituições líderes como o Standard Chartered previram que o maior ativo digital do mundo poderia atingir US$ 150 mil até o final de 2024.',
      '“Acho que o preço do BTC pode ficar estável em 100 mil até abril de 2025… Até o final de 2025, provavelmente faremos uma viagem de ida e volta e voltaremos para US$ 125 mil.”',
      'No entanto, o executivo sustentou que o maior ativo digital pode atingir US$ 1 milhão por moeda até 2030, citando provável aumento da educação sobre o ativo.',
      'A meta do Klippsten era ligeiramente diferente da do Standard Chartered. O banco projetou que o BTC poderia atingir $200K até o final de 2025, diferente da meta conservadora de $125K do Klippsten.',
      {
        text: 'No início de 2024, o modelo projetou uma alta de $300K, uma baixa de $20K e uma meta conservadora de $74K. Em março, o BTC atingiu uma alta de $73K, um pouco abaixo da meta mediana de $74K.',
        heading: 'O que o modelo de lei de potência do Bitcoin projeta?',
      },
    ],
    expect: [
      p('US$ 100.000', 100000),
      p('US$ 1 milhão', 1e6),
      p('US$ 150 mil', 150000),
      p('US$ 125 mil', 125000),
      p('US$ 1 milhão', 1e6),
      p('$200K', 200000),
      p('$125K', 125000),
      p('$300K', 300000),
      p('$20K', 20000),
      p('$74K', 74000),
      p('$73K', 73000),
      p('$74K', 74000),
    ],
  },
];
