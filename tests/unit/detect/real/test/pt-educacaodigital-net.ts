import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://educacaodigital.net/mineracao-de-criptomoedas-vale-a-pena-em-2025',
    lang: 'pt-PT',
    tags: ['prose', 'format'],
    blocks: [
      'Minerar Bitcoin com ASIC de última geração ainda pode dar lucro, mas é uma atividade de alto risco e muito capital. Para sobreviver, é obrigatório ter eletricidade abaixo de 0,08 €/kWh e hardware eficiente como o Antminer S21.',
    ],
    expect: [o('0,08 €', 0.08, 'EUR')],
  },
];
