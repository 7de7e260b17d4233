import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.canalmeio.com.br/2024/03/11/bitcoin-atinge-recorde-de-us-71-mil/',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin atinge recorde de US$ 71 mil',
    blocks: [
      'Bitcoin atinge recorde de US$ 71 mil',
      'Depois de bater um recorde histórico na sexta-feira, chegando pela primeira vez à casa dos US$ 70 mil, o Bitcoin, maior criptomoeda do mundo, passou dos US$ 71 mil na manhã de hoje, chegando a US$ 71.415, após alta de 2,62%. Na terça-feira passada, o ativo já tinha superado a máxima de 2021 ao chegar a US$ 69.100, subindo mais de 10% na semana e 45% em fevereiro.',
      'Cada Bitcoin nasce da chamada “mineração”: computadores resolvem cálculos complexos e recebem novos bitcoins como recompensa. A cada quatro anos esse pagamento cai pela metade, o chamado halving.',
    ],
    expect: [
      p('US$ 71 mil', 71000),
      p('US$ 70 mil', 70000),
      p('US$ 71 mil', 71000),
      p('US$ 71.415', 71415),
      p('US$ 69.100', 69100),
    ],
  },
];
