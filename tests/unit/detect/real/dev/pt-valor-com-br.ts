import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.valor.com.br/financas/6000649/bitcoin-segue-em-queda-e-fica-abaixo-de-us-4-mil',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin segue em queda e fica abaixo de US$ 4 mil',
    blocks: [
      'Bitcoin segue em queda e fica abaixo de US$ 4 mil',
      'O bitcoin aprofundou a queda ontem, depois de romper a barreira dos US$ 4 mil no fim de semana, o que põe o colapso de 2018 entre os piores “bear markets” da criptomoeda. A moeda virtual recuava quase 12% frente a sexta-feira, para US$ 3.763, segundo a Bitstamp no fim da tarde em Nova York.',
    ],
    expect: [p('US$ 4 mil', 4000), p('US$ 4 mil', 4000), p('US$ 3.763', 3763)],
  },
];
