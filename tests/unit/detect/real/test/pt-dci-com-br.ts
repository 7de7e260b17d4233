import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dci.com.br/investimentos/criptomoedas/cotacao-bitcoin-hoje-brasil-24-03-21/109958/',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Cotação do Bitcoin hoje (24/03/2021): a principal criptomoeda do mercado começou a manhã desta quarta-feira, 24, em alta de pouco mais de 0,6%, valendo pouco mais de US$ 54.800 ou algo perto de R$ 306 mil.',
      {
        text: 'Ao longo do dia a criptomoeda chegou a subir pouco mais de 4%, passando de US$ 55 mil, ou R$ 317 mil no Brasil.',
        heading: 'Qual a Cotação do Bitcoin hoje?',
      },
      'Depois de bater 4% de valorização, porém, o ativo perdeu força e há instantes registrava alta de 0,2%, apagando os ganhos do dia e voltando a ser cotado em R$ 307 mil no país.',
    ],
    expect: [
      p('US$ 54.800', 54800),
      p('R$ 306 mil', 306000, 'BRL'),
      p('US$ 55 mil', 55000),
      p('R$ 317 mil', 317000, 'BRL'),
      p('R$ 307 mil', 307000, 'BRL'),
    ],
  },
];
